export function ringIcon(size: number, artwork?: number): Buffer;
