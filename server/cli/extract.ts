// npm run --silent extract -- FILE: prints the extraction document of one article file.
import { readFileSync } from 'node:fs';
import { extract, ExtractionError } from '../extract/index.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run --silent extract -- FILE');
  process.exit(2);
}
try {
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExtractionError(`${file} is not valid UTF-8 text`, 'BINARY');
  }
  process.stdout.write(JSON.stringify(extract(text.replace(/^\uFEFF/, '')), null, 2) + '\n');
} catch (e) {
  if (e instanceof ExtractionError) {
    console.error(`extract: ${e.message}`);
    process.exit(1);
  }
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`extract: no such file: ${file}`);
    process.exit(1);
  }
  throw e;
}
