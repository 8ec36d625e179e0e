/** A 1–5 value (level, tie strength, priority) as five dots, with the number for screen readers. */
interface Props {
  value: number;
  label: string;
}

export function Dots({ value, label }: Props) {
  const filled = Math.max(0, Math.min(5, Math.round(value)));
  return (
    <span className="dots" role="img" aria-label={label} title={label}>
      {[1, 2, 3, 4, 5].map((i) => (
        <span key={i} className={i <= filled ? 'dot dot-on' : 'dot'} />
      ))}
    </span>
  );
}
