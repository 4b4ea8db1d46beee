import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let cached: { regular: Uint8Array; bold: Uint8Array } | undefined;

/**
 * Noto Sans regular and bold (OFL, from `@expo-google-fonts/noto-sans`): Latin, Greek and
 * Cyrillic, so names like "Łukasz Żółć" or "Ørsted" print as written. Read once per process.
 */
export function documentFonts(): { regular: Uint8Array; bold: Uint8Array } {
  cached ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')),
  };
  return cached;
}
