export function encodePng(width: number, height: number, rgba: ArrayLike<number>): Buffer;
