/**
 * The extension's public key (base64 DER) for the manifest's `key`, which fixes its id on every
 * install, unpacked or packed, so managed policies and force-install lists can name it.
 * EXTENSION_ID is derived from it (see test/lib/i18n/extension-id.test.ts); the private key
 * that signs release packages is kept by the maintainers, outside this repository.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAp1EidK4yV1KCLP++/a2fqN2fGTlOeMlyRNuFOwPWpljpS4cnLg5uLF598cGHkL+n8pDyI/06gb6nyDzSERvxXDHI//2Mrpv0y1nI8OvrTHezC6bb367sJf84Sn4BsZxANsr3Usdl0HakN5otIBjUruYva1xUP9VRw+YxJ8jsXz5xc69KL00ebAk8drQWhKRIvJw4o2gUXfu2E865B5osA1Ds2E7WzDRdjgSJd588KqsGQPgpPUYCRXqS5kdd9ifSM14uvhy0M3BM1JQNFwg4yj662FycdyXKn/x8CHKo98iDMWxakpXNZCXq0leJSnmVH3gVQ5rWtwyBW7BraBg9bwIDAQAB';

/** The Chromium extension id that EXTENSION_PUBLIC_KEY gives. */
export const EXTENSION_ID = 'oaeaodhifbkmdkelkghfbakbfonepmpn';

/** The Firefox add-on id (browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'disclosure-review@gov-tools.cn';
