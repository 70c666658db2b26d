//! The view in the URL hash, so a link reproduces it: `#rust=…&python=…&stage=rust:lexer,python:lexer`.
//!
//! Sources are base64url of their UTF-8 bytes (no padding). Anything missing or unreadable in a
//! hash is simply left out of the decoded state, and the page uses its defaults for it.

import type { Language } from "./api";

export interface UrlState {
  rust?: string;
  python?: string;
  /** The open stage id of each pipeline bar. */
  stages: Partial<Record<Language, string>>;
}

/** base64url (RFC 4648 §5, no padding) of the UTF-8 encoding of `text`. */
export function encodeSource(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The text of a base64url string, or `undefined` if it is not base64url of valid UTF-8. */
export function decodeSource(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return undefined;
  const base64 = encoded.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const LANGUAGES: readonly Language[] = ["rust", "python"];

/** The hash (with its leading `#`) for `state`. */
export function encodeHash(state: UrlState): string {
  const parts: string[] = [];
  for (const language of LANGUAGES) {
    const source = state[language];
    if (source !== undefined) parts.push(`${language}=${encodeSource(source)}`);
  }
  const stages = LANGUAGES.filter((l) => state.stages[l] !== undefined).map(
    (l) => `${l}:${encodeURIComponent(state.stages[l] as string)}`,
  );
  if (stages.length > 0) parts.push(`stage=${stages.join(",")}`);
  return parts.length > 0 ? `#${parts.join("&")}` : "";
}

/** The state in `hash` (with or without its leading `#`). */
export function decodeHash(hash: string): UrlState {
  const state: UrlState = { stages: {} };
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  for (const part of body.split("&")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key === "rust" || key === "python") {
      const source = decodeSource(value);
      if (source !== undefined) state[key] = source;
    } else if (key === "stage") {
      for (const item of value.split(",")) {
        const colon = item.indexOf(":");
        if (colon < 0) continue;
        const language = item.slice(0, colon);
        if (language !== "rust" && language !== "python") continue;
        try {
          state.stages[language] = decodeURIComponent(item.slice(colon + 1));
        } catch {
          // A broken escape: leave this stage to its default.
        }
      }
    }
  }
  return state;
}
