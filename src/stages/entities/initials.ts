import { grammarWords } from '../../util/grammar.js';

const GRAMMAR = grammarWords('entities');
/** Acronyms: the initials of a name's significant words ("Défense Conseil International" → "DCI"). */
const STOP_INITIALS = GRAMMAR.stopInitials;

export function initialsOf(name: string): string {
  if (name.length > 300) return '';
  return name.split(/[\s-]+/).filter((t) => t && !STOP_INITIALS.has(t.toLowerCase()) && /^\p{Lu}/u.test(t))
    .map((t) => t.normalize('NFKD')[0]!.toUpperCase()).join('');
}
