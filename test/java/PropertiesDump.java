import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The reference for test/java/java-properties.ts: what java.util.Properties makes of each file given on stdin.
 *
 * Input (stdin): files one after another, each a 4-byte big-endian length and that many bytes. Output (stdout):
 * one line per file, {"stream":R,"reader":R}, where stream is load(InputStream) on the bytes and reader is
 * load(Reader) over an InputStreamReader in UTF-8 (the charset a caller usually picks); R is
 * {"entries":[[key,value],...],"refused":null|"message"} with every put in file order (a repeated key
 * too, and the puts made before load threw), or {"undecodable":true} when the bytes are not UTF-8.
 * All text is ASCII: every other character is written as a JSON \\uXXXX escape.
 */
public final class PropertiesDump {
    /** Properties is a hash table: recording put keeps the order of the file and its repeated keys. */
    private static final class Recorder extends Properties {
        final List<String[]> puts = new ArrayList<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            puts.add(new String[] {(String) key, (String) value});
            return super.put(key, value);
        }
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.US_ASCII);
        StringBuilder line = new StringBuilder();
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException end) {
                break;
            }
            byte[] bytes = in.readNBytes(length);
            line.setLength(0);
            line.append("{\"stream\":");
            Recorder stream = new Recorder();
            String refused = null;
            try {
                stream.load(new ByteArrayInputStream(bytes));
            } catch (IllegalArgumentException e) {
                refused = e.getMessage();
            }
            result(line, stream, refused);
            line.append(",\"reader\":");
            Recorder reader = new Recorder();
            refused = null;
            if (!isUtf8(bytes)) {
                line.append("{\"undecodable\":true}");
            } else {
                try {
                    reader.load(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    refused = e.getMessage();
                }
                result(line, reader, refused);
            }
            line.append('}');
            out.println(line);
        }
        out.flush();
    }

    /** Decoded first on its own: a file that is not UTF-8 is undecodable even where load would throw earlier. */
    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void result(StringBuilder line, Recorder properties, String refused) {
        line.append("{\"entries\":[");
        for (int i = 0; i < properties.puts.size(); i++) {
            String[] put = properties.puts.get(i);
            line.append(i == 0 ? "[" : ",[");
            string(line, put[0]);
            line.append(',');
            string(line, put[1]);
            line.append(']');
        }
        line.append("],\"refused\":");
        if (refused == null) line.append("null");
        else string(line, refused);
        line.append('}');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void string(StringBuilder line, String text) {
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') line.append('\\').append(c);
            else if (c >= 0x20 && c < 0x7f) line.append(c);
            else line.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
        }
        line.append('"');
    }
}
