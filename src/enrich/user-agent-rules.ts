/**
 * Browser and operating-system names from a User-Agent string, by a short ordered rule list (first match wins). The
 * client step needs only "which browser, which version, which OS" to tell a browser claim from a library; these
 * rules cover the browsers and systems in use today and name them as ua-parser-js does, without its AGPL licence.
 * Order matters: Edge, Opera, Samsung and the in-app WebViews all also say "Chrome" and "Safari".
 */

type Rule = readonly [RegExp, string | ((m: RegExpExecArray, ua: string) => string)];

const mobile = (ua: string): boolean => /\bMobile\b|Android|iPhone|iPod/.test(ua);

const BROWSERS: readonly Rule[] = [
  [/\bEdg(?:e|A|iOS)?\/([\d.]+)/, 'Edge'],
  [/\b(?:OPR|Opera)\/([\d.]+)/, (_m, ua) => (mobile(ua) ? 'Opera Mobi' : 'Opera')],
  [/\bSamsungBrowser\/([\d.]+)/, 'Samsung Internet'],
  [/\bYaBrowser\/([\d.]+)/, 'Yandex'],
  [/\bVivaldi\/([\d.]+)/, 'Vivaldi'],
  [/\bBrave\/([\d.]+)/, 'Brave'],
  [/\bUCBrowser\/([\d.]+)/, 'UCBrowser'],
  [/\bFxiOS\/([\d.]+)/, 'Mobile Firefox'],
  [/\bCriOS\/([\d.]+)/, 'Mobile Chrome'],
  [/\bFirefox\/([\d.]+)/, (_m, ua) => (mobile(ua) ? 'Mobile Firefox' : 'Firefox')],
  [/; wv\).*?\bChrome\/([\d.]+)/, 'Chrome WebView'],
  [/\bChromium\/([\d.]+)/, 'Chromium'],
  [/\bHeadlessChrome\/([\d.]+)/, 'Chrome Headless'],
  [/\bChrome\/([\d.]+)/, (_m, ua) => (/Android/.test(ua) && /\bMobile\b/.test(ua) ? 'Mobile Chrome' : 'Chrome')],
  [/\bVersion\/([\d.]+).*?\bSafari\//, (_m, ua) => (mobile(ua) ? 'Mobile Safari' : 'Safari')],
  [/\b(?:MSIE |Trident\/.*?\brv:)([\d.]+)/, 'IE'],
  [/\b(?:iPhone|iPad|iPod).*?AppleWebKit\/([\d.]+)/, 'WebKit'],
];

const SYSTEMS: readonly Rule[] = [
  [/\bWindows Phone\b/, 'Windows Phone'],
  [/\bWindows\b|\bWin(?:32|64|NT)\b|\bwin(?:32|64)\b/, 'Windows'],
  [/\b(?:iPhone|iPad|iPod)\b|\biOS\b/, 'iOS'],
  [/\bCrOS\b/, 'Chrome OS'],
  [/\bAndroid\b/, 'Android'],
  [/\bMac OS X\b|\bMacintosh\b|\bmacOS\b/, 'macOS'],
  [/\bUbuntu\b/, 'Ubuntu'],
  [/\bFedora\b/, 'Fedora'],
  [/\bDebian\b/, 'Debian'],
  [/\bFreeBSD\b/, 'FreeBSD'],
  [/\bOpenBSD\b/, 'OpenBSD'],
  [/\bLinux\b|\blinux(?:-gnu)?\b/, 'Linux'],
];

function first(rules: readonly Rule[], ua: string): { name: string; version: string | null } | null {
  for (const [re, name] of rules) {
    const m = re.exec(ua);
    if (m) return { name: typeof name === 'string' ? name : name(m, ua), version: m[1] ?? null };
  }
  return null;
}

/** The browser a User-Agent names, with its version, or null (libraries, bots, anything else). */
export function browserOf(ua: string): { name: string; version: string | null } | null {
  return first(BROWSERS, ua);
}

/** The operating system a User-Agent names, or null. */
export function osOf(ua: string): string | null {
  return first(SYSTEMS, ua)?.name ?? null;
}
