export function TechList({ items, label }: { items: string[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {items.map((item) => (
        <li key={item} className="rounded-md bg-accent-soft px-2 py-0.5 text-sm font-medium text-fg">
          {item}
        </li>
      ))}
    </ul>
  );
}
