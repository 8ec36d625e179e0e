/**
 * Sends files to the server as base64 chunks of 384 KiB (under the server's 512 KiB chunk limit
 * and the API's 1 MB request limit), one request at a time, reporting bytes sent.
 */
export const CHUNK_BYTES = 384 * 1024;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export interface SendChunk {
  (uploadId: string | null, fileName: string, base64: string): Promise<string>;
}

export async function uploadFiles(
  files: File[],
  send: SendChunk,
  onProgress: (sent: number, total: number) => void,
): Promise<string> {
  const total = files.reduce((n, f) => n + f.size, 0);
  let sent = 0;
  let id: string | null = null;
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    for (let i = 0; i < Math.max(bytes.length, 1); i += CHUNK_BYTES) {
      const chunk = bytes.subarray(i, i + CHUNK_BYTES);
      id = await send(id, file.name, toBase64(chunk));
      sent += chunk.length;
      onProgress(sent, total);
    }
  }
  if (id === null) throw new Error('no files to upload');
  return id;
}
