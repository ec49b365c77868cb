import { ImageResponse } from 'next/og';

export const size = { width: 180, height: 180 };
export const contentType = 'image/png';
// A file like any other, also in the static export.
export const dynamic = 'force-static';

/** The home-screen icon: the same monogram as icon.svg, which iOS cannot use. */
export default function AppleIcon() {
  return new ImageResponse(
    (
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
      </div>
    ),
    size,
  );
}
