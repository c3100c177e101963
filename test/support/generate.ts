/** The project generator lives with the book generator in scripts/; tests import it from here. */
export { generateProject, prng, type BasisLayout, type Generated, type StatedFigure } from '../../scripts/generate-project';
