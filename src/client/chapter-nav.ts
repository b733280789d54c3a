// Marks the chapter the reader is in with aria-current in the chapter navigation.
const links = new Map<string, HTMLAnchorElement>();
for (const link of document.querySelectorAll<HTMLAnchorElement>('nav.chapters a[href*="#"]')) {
  const id = link.hash.slice(1);
  if (document.getElementById(id)) links.set(id, link);
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      for (const link of links.values()) link.removeAttribute('aria-current');
      links.get(entry.target.id)?.setAttribute('aria-current', 'location');
    }
  },
  // A chapter counts as current while it crosses a band near the top of the screen.
  { rootMargin: '-20% 0px -70% 0px' },
);
for (const id of links.keys()) observer.observe(document.getElementById(id)!);

export {};
