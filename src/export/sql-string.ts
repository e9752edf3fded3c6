/** A text as a SQL string literal, for the DuckDB statements that cannot take parameters (COPY, views). */
export const sqlString = (s: string): string => `'${s.replaceAll("'", "''")}'`
