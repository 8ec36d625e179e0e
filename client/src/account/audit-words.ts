/** The audit log's operations in words (a plain module: no React, no GraphQL). */
const WRITE = /^Mutation\.(create|upsert|update|delete)(\w+)$/;

/** An audited operation in words: "人物を更新", "Updated a person"; other operations by name. */
export function auditWords(action: string, t: (key: string, values?: Record<string, string>) => string): string {
  const write = WRITE.exec(action);
  if (write) return t(`audit.${write[1]}`, { what: t(`audit.kind.${write[2]}`) });
  return t(`audit.op.${action.slice(action.indexOf('.') + 1)}`);
}
