export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden>
      <rect width="64" height="64" rx="14" fill="#1c5d4f" />
      <path d="M14 18 L32 48 L50 18" fill="none" stroke="#f3c969" strokeWidth="7" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M22 18 L32 35" fill="none" stroke="#9fd6c3" strokeWidth="4" strokeLinecap="round" />
    </svg>
  );
}
