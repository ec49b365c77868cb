import { ImageResponse } from 'next/og';

// A file like any other, written at build time: the home-screen icon, the same monogram as
// icon.svg (which iOS cannot use). A .png name, so that any static host sends it as image/png.
export const dynamic = 'force-static';

export function GET() {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#0f766e',
        color: '#ffffff',
        fontSize: 84,
        fontWeight: 700,
      }}
    >
      RI
    </div>,
    { width: 180, height: 180 },
  );
}
