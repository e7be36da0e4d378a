/** Links that navigate with the History API on a plain left click and stay real links otherwise. */
export function navLink(path: string, onNavigate: (p: string) => void) {
  return {
    href: path,
    onClick: (e: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; preventDefault(): void }) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      onNavigate(path);
    },
  };
}
