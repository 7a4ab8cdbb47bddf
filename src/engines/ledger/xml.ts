/**
 * A minimal XML writer: element trees rendered with two-space indentation and escaped text.
 */

/** An element with either text content or child elements. */
export interface XmlElement {
  readonly name: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly text?: string;
  readonly children?: readonly XmlElement[];
}

/** Escapes the five XML special characters (`& < > " '`). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Characters XML 1.0 cannot carry at all (controls other than tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
export function hasInvalidXmlChar(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these control characters; we strip them
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** Element with text. */
export function textEl(name: string, text: string, attrs?: Readonly<Record<string, string>>): XmlElement {
  return attrs ? { name, text, attrs } : { name, text };
}

/** Element with children. */
export function el(name: string, children: readonly XmlElement[], attrs?: Readonly<Record<string, string>>): XmlElement {
  return attrs ? { name, children, attrs } : { name, children };
}

function renderElement(e: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(e.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  if (e.children && e.children.length > 0) {
    out.push(`${pad}<${e.name}${attrs}>`);
    for (const c of e.children) renderElement(c, depth + 1, out);
    out.push(`${pad}</${e.name}>`);
  } else {
    out.push(`${pad}<${e.name}${attrs}>${escapeXml(e.text ?? '')}</${e.name}>`);
  }
}

/** Renders a UTF-8 XML document with its declaration and a final newline. */
export function renderXmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  renderElement(root, 0, out);
  return `${out.join('\n')}\n`;
}
