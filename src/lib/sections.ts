/**
 * The paper's section entries from the content collection, in reading order, each paired with
 * its place in the edition model.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { loadEdition, type Section } from './edition.ts';

/** A section's collection entry (for rendering) and its model (for numbers and notes). */
export interface SectionEntry {
  entry: CollectionEntry<'paper'>;
  section: Section;
}

/** All sections, in the order of the paper. */
export async function getSections(): Promise<SectionEntry[]> {
  const entries = await getCollection('paper');
  const edition = loadEdition();
  return edition.sections.map((section) => {
    const entry = entries.find((e) => e.id === section.id);
    if (!entry) throw new Error(`${section.file}: not in the paper collection.`);
    return { entry, section };
  });
}
