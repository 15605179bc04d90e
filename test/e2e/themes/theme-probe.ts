/**
 * Reads what a person sees of a theme: the `<html>` attributes Jira sets on a Custom UI that enabled theming,
 * the body's text colour over the background it actually sits on (through transparent frames down to the
 * host page), and every visible text that falls short of WCAG 1.4.3 (4.5:1, 3:1 for large text).
 */
import type { Locator, Page } from 'playwright-core';

import { contrastRatio, flatten, parseCssColor, type Rgba } from './wcag-contrast';

interface TextSample {
  text: string;
  color: string;
  fontSize: number;
  fontWeight: number;
  /** Background colours from the text's element up to `<html>`. */
  layers: string[];
}

interface DocumentSample {
  colorMode: string | null;
  dataTheme: string | null;
  bodyColor: string;
  bodyLayers: string[];
  texts: TextSample[];
}

/** Runs in the page or the frame (serialised by Playwright), so it may use nothing from this module. */
function sampleDocument(): DocumentSample {
  const layersOf = (start: Element | null): string[] => {
    const layers: string[] = [];
    for (let element = start; element; element = element.parentElement) {
      layers.push(getComputedStyle(element).backgroundColor);
    }
    return layers;
  };
  const texts: TextSample[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.textContent?.trim() ?? '';
    if (!element || text === '') continue;
    // WCAG 1.4.3 exempts inactive controls and text nobody sees.
    if (element.closest('[disabled], [aria-disabled="true"], .ak-visually-hidden, option, script, style'))
      continue;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    if (style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
    texts.push({
      text: text.slice(0, 60),
      color: style.color,
      fontSize: Number.parseFloat(style.fontSize),
      fontWeight: Number(style.fontWeight),
      layers: layersOf(element),
    });
  }
  return {
    colorMode: document.documentElement.getAttribute('data-color-mode'),
    dataTheme: document.documentElement.getAttribute('data-theme'),
    bodyColor: getComputedStyle(document.body).color,
    bodyLayers: layersOf(document.body),
    texts,
  };
}

export interface LowContrastText {
  text: string;
  ratio: number;
}

export interface ThemeProbe {
  colorMode: string | null;
  dataTheme: string | null;
  text: Rgba;
  background: Rgba;
  bodyContrast: number;
  /** How many visible texts were checked, so an empty check cannot pass unnoticed. */
  textsChecked: number;
  lowContrast: LowContrastText[];
}

const WHITE_CANVAS: Rgba = { r: 255, g: 255, b: 255, a: 1 };

function probeOf(sample: DocumentSample, behind: Rgba): ThemeProbe {
  const background = flatten(sample.bodyLayers.map(parseCssColor), behind);
  const text = parseCssColor(sample.bodyColor);
  const lowContrast = sample.texts.flatMap((item) => {
    const ratio = contrastRatio(parseCssColor(item.color), flatten(item.layers.map(parseCssColor), behind));
    const large = item.fontSize >= 24 || (item.fontSize >= 18.66 && item.fontWeight >= 700);
    return ratio < (large ? 3 : 4.5) ? [{ text: item.text, ratio: Math.round(ratio * 100) / 100 }] : [];
  });
  return {
    colorMode: sample.colorMode,
    dataTheme: sample.dataTheme,
    text,
    background,
    bodyContrast: contrastRatio(text, background),
    textsChecked: sample.texts.length,
    lowContrast,
  };
}

/** The host page itself (Jira's chrome). */
export async function probePage(page: Page): Promise<ThemeProbe> {
  return probeOf(await page.evaluate(sampleDocument), WHITE_CANVAS);
}

/** One Custom UI frame, seen through its transparent parts down to the host page behind the iframe. */
export async function probeFrame(iframe: Locator): Promise<ThemeProbe> {
  const outerLayers = await iframe.evaluate((element) => {
    const layers: string[] = [];
    for (let at: Element | null = element; at; at = at.parentElement) {
      layers.push(getComputedStyle(at).backgroundColor);
    }
    return layers;
  });
  const frame = await (await iframe.elementHandle()).contentFrame();
  if (!frame) throw new Error('The iframe has no document.');
  const behind = flatten(outerLayers.map(parseCssColor), WHITE_CANVAS);
  return probeOf(await frame.evaluate(sampleDocument), behind);
}
