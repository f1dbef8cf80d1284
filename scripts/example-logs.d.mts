// Types of the example log writer, for the test that checks the files are current.
export function exampleLogs(): { path: string; text: string }[];
