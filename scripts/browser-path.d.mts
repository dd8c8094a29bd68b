export function chromiumExecutable(): string;
