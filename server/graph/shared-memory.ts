/**
 * Typed arrays on SharedArrayBuffer: posting them to a worker thread shares the memory instead of
 * copying it, so the compiled network exists once per process however many workers read it.
 * Nothing writes to a network's arrays after compiling, so sharing needs no locks.
 */
type TypedArrayType = Int32ArrayConstructor | Float64ArrayConstructor | Uint8ArrayConstructor;

export function sharedArray<T extends TypedArrayType>(Type: T, length: number): InstanceType<T> {
  const make = Type as unknown as new (buffer: SharedArrayBuffer) => InstanceType<T>;
  return new make(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT));
}

/** A shared copy of `array` (or a part of it: pass a subarray). */
export function toShared<A extends Int32Array | Float64Array | Uint8Array>(array: A): A {
  const Type = array.constructor as TypedArrayType;
  const copy = sharedArray(Type, array.length);
  copy.set(array as never);
  return copy as A;
}
