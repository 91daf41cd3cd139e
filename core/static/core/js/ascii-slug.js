/**
 * Slugs made in the browser are the slugs the server makes (core/text.py `ascii_slug`).
 *
 * Wagtail's `w-slug` controller drops letters it cannot transliterate: "Hội chợ"
 * became "hi-ch" and "Đồng" became "djng" (its Serbian map). This replaces the
 * controller with a subclass that folds Vietnamese first ("đ" -> "d", then every
 * diacritic removed), for slugs filled from the title (`urlify`) and typed by
 * hand (`slugify`, on blur). With WAGTAIL_ALLOW_UNICODE_SLUGS on, Wagtail's own
 * behaviour is kept. Loaded on every editing form by core/wagtail_hooks.py.
 */
(() => {
  // core/text.py ascii_slug's default length.
  const MAX_TITLE_SLUG_LENGTH = 200;

  /** core.text.fold_vietnamese: "Đảng viên" -> "Dang vien" ("đ" has no Unicode decomposition). */
  const foldVietnamese = (text) =>
    text
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC');

  /** core.text.ascii_slug: fold, then Django's slugify (allow_unicode=False). */
  const asciiSlug = (text, maxLength = Infinity) =>
    foldVietnamese(text)
      .normalize('NFKD')
      .replace(/[^\x00-\x7F]/g, '')
      .toLowerCase()
      .replace(/[^\w\s-]/g, '')
      .replace(/[-\s]+/g, '-')
      .replace(/^[-_]+|[-_]+$/g, '')
      .slice(0, maxLength)
      .replace(/^-+|-+$/g, '');

  const app = window.wagtail && window.wagtail.app;
  const registered = app && app.router.modulesByIdentifier.get('w-slug');
  if (!registered) {
    // eslint-disable-next-line no-console
    console.warn('core/ascii-slug.js: Wagtail\'s w-slug controller was not found; slugs are not folded.');
    return;
  }
  const WagtailSlugController = registered.definition.controllerConstructor;

  class AsciiSlugController extends WagtailSlugController {
    clean(action, event, { ignoreUpdate = false, runFormat = !ignoreUpdate } = {}, maxLength = Infinity) {
      const { value: sourceValue = this.element.value } = (event && event.detail) || {};
      const prepared = this.prepareValue(sourceValue, { runFormat });
      if (!prepared) return '';
      const cleanValue = asciiSlug(prepared, maxLength);
      if (!ignoreUpdate) this.applyUpdate(action, cleanValue, sourceValue);
      return cleanValue;
    }

    slugify(event, options) {
      if (this.allowUnicodeValue) return super.slugify(event, options);
      return this.clean('slugify', event, options);
    }

    urlify(event, options) {
      if (this.allowUnicodeValue) return super.urlify(event, options);
      return this.clean('urlify', event, options, MAX_TITLE_SLUG_LENGTH);
    }
  }

  app.register('w-slug', AsciiSlugController);
})();
