export const BUILT_FROM: string;
export function sourceFiles(root: string): string[];
export function sourceFingerprint(root: string): string;
export function builtFromOtherSources(root: string): string | null;
