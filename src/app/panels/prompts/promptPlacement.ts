/** How a text lands in a prompt list: one entry edited, or a new entry added. */
export type PromptPlacement = { kind: 'edit'; index: number; text: string } | { kind: 'add'; text: string } | { kind: 'unchanged' };

const tokens = (prompt: string) => prompt.split(',').map((part) => part.trim().toLowerCase());

/** True when the prompt already holds the word as one of its comma-separated parts. */
export function promptHasWord(prompt: string, word: string): boolean {
  return tokens(prompt).includes(word.trim().toLowerCase());
}

/**
 * A LoRA trigger word goes at the end of the first positive prompt ("a cat, golden hour"),
 * into a new prompt when there is none, and nowhere when it is already there.
 */
export function placeTriggerWord(prompts: readonly string[], word: string): PromptPlacement {
  const first = prompts[0];
  if (first === undefined) return { kind: 'add', text: word };
  if (promptHasWord(first, word)) return { kind: 'unchanged' };
  const head = first.trimEnd();
  if (head === '') return { kind: 'edit', index: 0, text: word };
  return { kind: 'edit', index: 0, text: head.endsWith(',') ? `${head} ${word}` : `${head}, ${word}` };
}

/** A recalled prompt fills the first empty entry, or is added after the others. */
export function placeRecalledPrompt(prompts: readonly string[], text: string): PromptPlacement {
  if (prompts.includes(text)) return { kind: 'unchanged' };
  const empty = prompts.findIndex((prompt) => prompt.trim() === '');
  return empty >= 0 ? { kind: 'edit', index: empty, text } : { kind: 'add', text };
}
