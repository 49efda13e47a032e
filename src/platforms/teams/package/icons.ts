/** Teams' app icons: a 192×192 full-colour one and a 32×32 white outline on transparency. */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

export const ACCENT_COLOR = '#1F6F4A';

// A check mark rising over three bars: progress being accounted for. No text, so no fonts needed.
const COLOR_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192">
  <rect width="192" height="192" rx="36" fill="${ACCENT_COLOR}"/>
  <rect x="40" y="112" width="24" height="40" rx="4" fill="#FFFFFF" opacity="0.55"/>
  <rect x="84" y="92" width="24" height="60" rx="4" fill="#FFFFFF" opacity="0.75"/>
  <rect x="128" y="72" width="24" height="80" rx="4" fill="#FFFFFF"/>
  <path d="M36 76 L68 104 L150 36" fill="none" stroke="#F2C94C" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

// The outline icon must be white and transparent only (Teams' rule): the same mark, drawn in lines.
const OUTLINE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
  <rect x="6" y="20" width="4" height="7" fill="#FFFFFF"/>
  <rect x="14" y="16" width="4" height="11" fill="#FFFFFF"/>
  <rect x="22" y="12" width="4" height="15" fill="#FFFFFF"/>
  <path d="M5 13 L11 18 L26 5" fill="none" stroke="#FFFFFF" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

/** Both icons as PNG files, rendered from SVG with resvg (already Rinde's chart renderer). */
export async function renderIcons(): Promise<{ color: Buffer; outline: Buffer }> {
  const { Resvg } = await import('@resvg/resvg-js');
  const png = (svg: string, size: number) =>
    Buffer.from(
      new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng(),
    );
  return { color: png(COLOR_SVG, COLOR_ICON_SIZE), outline: png(OUTLINE_SVG, OUTLINE_ICON_SIZE) };
}
