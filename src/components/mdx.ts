import Cite from './Cite.astro';
import Duty from './Duty.astro';
import Fix from './Fix.astro';
import Para from './Para.astro';

/** The components the generated MDX refers to (see scripts/lib/emit/emit-mdx.ts). */
export const mdxComponents = { Para, Duty, Fix, Cite };
