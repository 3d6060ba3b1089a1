/** What the report page and its proof-of-work worker say to each other. */
export interface PowRequest {
  token: string;
  bits: number;
}

export type PowReply = { type: 'progress'; tried: number } | { type: 'done'; counter: string } | { type: 'failed'; message: string };
