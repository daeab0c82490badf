// graphql-depth-limit ships no types; this is the one function the API uses.
declare module 'graphql-depth-limit' {
  import type { ValidationContext } from 'graphql';

  export default function depthLimit(
    maxDepth: number,
    options?: { ignore?: (string | RegExp | ((name: string) => boolean))[] },
    callback?: (depths: Record<string, number>) => void,
  ): (context: ValidationContext) => ValidationContext;
}
