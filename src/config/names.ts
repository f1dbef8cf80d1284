/** Names of the config file, in the order they are looked for (design §3.5). */
export const CONFIG_FILE_NAMES = ['.webagent-lint.yaml', '.webagent-lint.yml'] as const;
