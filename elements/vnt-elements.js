// Ventanilla's interactive components as custom elements, for pages written
// in plain HTML: no Rust, no build step. Each element enhances the plain
// HTML inside it (no shadow root): with JavaScript off, or until this module
// has loaded, the page is an ordinary form that submits its values.
//
//   <vnt-error-summary for="form-id">     on submit, checks every field of the form
//                                         and lists the problems, or lets it go
//   <vnt-text-input validate="curp">      label, hint, input
//   <vnt-date-input validate="past">      fieldset: legend, hint, three inputs
//                                         marked data-part="day|month|year"
//   <vnt-character-count maxlength="200"> label, hint, textarea
//   <vnt-search-field api="https://…">    a GET search form: suggests Ventanilla's
//                                         services as people type
//
// A field is required when its inputs are (`required`, which the browser
// also enforces with JavaScript off) or when `validate` says `required`.
// The rules and their messages are Ventanilla's own (ventanilla-core and the
// app's locale files, compiled to wasm next to this file), in the language
// of the page (`lang`). Fields dispatch `vnt-invalid` and `vnt-valid`, and
// let their inputs' `input` and `change` events through. The other words are
// Ventanilla's too (locales/*/elements.ftl); an attribute may replace each.
// See examples/elements/index.html.
import init, { check, check_date as checkDate, say } from './ventanilla_elements.js';

await init();

/** How long typing must pause before screen readers hear the count, as in ventanilla-ui. */
const PAUSE_MS = 1000;

const FIELDS = 'vnt-text-input, vnt-date-input, vnt-character-count';

/** The language of `element`: its own `lang` or its nearest ancestor's. */
function langOf(element) {
  return element.closest('[lang]')?.getAttribute('lang') || 'es-MX';
}

/**
 * The words `name` of `element`, for the number `n` where they say one: its
 * attribute `name`, where `{n}` stands for the number, or else Ventanilla's
 * own (locales/<lang>/elements.ftl) in the element's language.
 */
function words(element, name, n = 0) {
  const own = element.getAttribute(name);
  if (own !== null) return own.replaceAll('{n}', String(n));
  return say(name, langOf(element), n);
}

let unnamed = 0;

/** The id of `element`, given one if it has none. */
function idOf(element, base) {
  if (!element.id) element.id = `vnt-${base}-${++unnamed}`;
  return element.id;
}

/** Adds `id` to what `control` is described by (before `before`, when that is there), or takes it out. */
function describe(control, id, on, before) {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((token) => token && token !== id);
  if (on) {
    const at = before ? ids.indexOf(before) : -1;
    ids.splice(at < 0 ? ids.length : at, 0, id);
  }
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
}

/** `required`, when any of `controls` is, then the element's own `validate` rules. */
function rules(element, controls) {
  const required = controls.some((control) => control.required) ? 'required ' : '';
  return required + (element.getAttribute('validate') ?? '');
}

/**
 * Moves focus to a field and brings its legend or label into view, which
 * `focus()` alone would leave above the screen's edge.
 */
function focusField(control) {
  const legend = control.closest('fieldset')?.querySelector('legend');
  const label = control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  (legend ?? label ?? control).scrollIntoView();
  control.focus({ preventScroll: true });
}

/**
 * What every field shares: an error message, hidden until the answer is
 * checked and found wrong, after the hint, with a hidden "Error:" for people
 * who don't see the colour, and tied to the control by `aria-describedby`;
 * `validate()`, which the error summary calls when the form is sent; and
 * checking again at each change once it has shown an error.
 *
 * A field says which elements are its `caption` (label or legend), its
 * `described` control, its `controls` and its focus `target`, and how to
 * find its error.
 */
class Field extends HTMLElement {
  #message = null;
  #error = null;

  connectedCallback() {
    // Once: moving the element in the page connects it again.
    if (this.#message || !this.described || !this.caption) return;
    const hint = this.querySelector('.vnt-hint');
    if (hint) describe(this.described, idOf(hint, 'hint'), true);
    this.#message = document.createElement('p');
    this.#message.className = 'vnt-error-message';
    this.#message.id = `${idOf(this.described, 'field')}-error`;
    this.#message.hidden = true;
    (hint ?? this.caption).after(this.#message);
    // A message shown goes as soon as the answer is right, while typing: on
    // `change` it would go when the focus leaves, as a press on the submit
    // button begins, and the button would move from under the pointer.
    // A new message waits for the next submit.
    this.addEventListener('input', () => {
      if (this.#error !== null && this.#errorNow() === null) this.validate();
    });
    this.enhance();
  }

  /** More for a kind of field to do once connected. */
  enhance() {}

  /** The id that the error message goes before in `aria-describedby`, if any. */
  get describedLast() {
    return undefined;
  }

  /** The message now shown, or null. */
  get error() {
    return this.#error;
  }

  /** The words that name the field in its messages: its `label` attribute, or its label's text. */
  get labelText() {
    return this.getAttribute('label') ?? this.caption.textContent.replace(/\s+/g, ' ').trim();
  }

  /**
   * Checks the answer with Ventanilla's rules, shows or hides the message,
   * and says which with a `vnt-invalid` or `vnt-valid` event. True when valid.
   */
  validate() {
    if (!this.#message) return true;
    const error = this.#errorNow();
    this.#show(error);
    this.dispatchEvent(new CustomEvent(error ? 'vnt-invalid' : 'vnt-valid', { bubbles: true, detail: { message: error } }));
    return error === null;
  }

  /** What is wrong with the answer now, or null. */
  #errorNow() {
    try {
      return this.findError(langOf(this), this.labelText) ?? null;
    } catch (mistake) {
      // A rule this version doesn't know is the page's mistake, not the
      // person's: the answer goes, and the server checks it.
      console.error(this, mistake);
      return null;
    }
  }

  #show(error) {
    this.#error = error;
    const message = this.#message;
    message.replaceChildren();
    if (error) {
      const prefix = document.createElement('span');
      prefix.className = 'vnt-visually-hidden';
      prefix.textContent = `${words(this, 'error-prefix')} `;
      message.append(prefix, error);
    }
    message.hidden = !error;
    this.classList.toggle('vnt-field--error', Boolean(error));
    for (const control of this.controls) {
      if (error) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    describe(this.described, message.id, Boolean(error), this.describedLast);
  }
}

/** A labelled text box: `<label for>`, an optional `.vnt-hint`, and the `<input>` (or `<textarea>`). */
class TextInput extends Field {
  get control() {
    return this.querySelector('input, textarea');
  }

  get caption() {
    const control = this.control;
    return (control?.id && this.querySelector(`label[for="${CSS.escape(control.id)}"]`)) || this.querySelector('label');
  }

  get described() {
    return this.control;
  }

  get controls() {
    return [this.control];
  }

  get target() {
    return this.control;
  }

  findError(lang, label) {
    return check(rules(this, this.controls), this.control.value, lang, label);
  }
}

/** A date in three boxes, in a `<fieldset>` whose `<legend>` is the question. */
class DateInput extends Field {
  get caption() {
    return this.querySelector('legend');
  }

  get described() {
    return this.querySelector('fieldset');
  }

  get controls() {
    return [...this.querySelectorAll('input')];
  }

  /** The first empty box, where the person has something to do; else the day. */
  get target() {
    return this.controls.find((box) => !box.value.trim()) ?? this.controls[0];
  }

  findError(lang, label) {
    const boxes = this.controls;
    const [day, month, year] = ['day', 'month', 'year'].map(
      (part, index) => (boxes.find((box) => box.dataset.part === part) ?? boxes[index])?.value ?? '',
    );
    return checkDate(rules(this, boxes), day, month, year, lang, label);
  }
}

/**
 * A text box with a limit, `maxlength` on the element: a count under it
 * says how many characters are left, or how many are too many, and screen
 * readers hear it when typing pauses. The box itself has no `maxlength`, so
 * people can paste a longer text and shorten it; a text over the limit is
 * a problem when the form is sent.
 */
class CharacterCount extends TextInput {
  #count = null;
  #spoken = null;
  #timer = 0;

  /** The most characters the answer may have. */
  get max() {
    return Number.parseInt(this.getAttribute('maxlength'), 10);
  }

  get describedLast() {
    return this.#count?.id;
  }

  enhance() {
    const box = this.control;
    if (!this.hasAttribute('maxlength') && box.hasAttribute('maxlength')) {
      this.setAttribute('maxlength', box.getAttribute('maxlength'));
    }
    box.removeAttribute('maxlength');
    if (!(this.max > 0)) {
      console.error(this, 'vnt-character-count needs a maxlength');
      return;
    }
    // Shown, and read as the box's description; the live region says it
    // to screen readers as it changes.
    this.#count = document.createElement('div');
    this.#count.className = 'vnt-count';
    this.#count.id = `${idOf(box, 'field')}-count`;
    this.#count.setAttribute('aria-hidden', 'true');
    this.#spoken = document.createElement('div');
    this.#spoken.className = 'vnt-visually-hidden';
    this.#spoken.setAttribute('aria-live', 'polite');
    this.#spoken.setAttribute('aria-atomic', 'true');
    box.after(this.#count, this.#spoken);
    describe(box, this.#count.id, true);
    this.#update();
    box.addEventListener('input', () => {
      const said = this.#update();
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => {
        this.#spoken.textContent = said;
      }, PAUSE_MS);
    });
  }

  findError(lang, label) {
    const limit = this.#count ? ` maxlength=${this.max}` : '';
    return check(rules(this, this.controls) + limit, this.control.value, lang, label);
  }

  /** Shows the count for what is typed now, and returns its words. */
  #update() {
    // Characters, not UTF-16 units, as ventanilla-core counts them.
    const length = [...this.control.value].length;
    const over = length > this.max;
    const said = words(this, over ? 'count-over' : 'count-remaining', Math.abs(this.max - length));
    this.#count.textContent = said;
    this.#count.classList.toggle('vnt-count--over', over);
    this.control.classList.toggle('vnt-input--error', over);
    return said;
  }
}

/**
 * The problems of a form, listed above it when it is sent: the form it is
 * in, or the one whose id is its `for`. It checks every field of the form;
 * if any is wrong, the form stays, the summary lists each problem as a link
 * to its field, takes the focus, and the page's title starts with "Error:".
 * Otherwise the form goes as any form does.
 *
 * It enhances, or makes when missing, `<div role="alert" tabindex="-1"
 * hidden>` with a heading (`title-text`) and a list.
 */
class ErrorSummary extends HTMLElement {
  #box = null;
  #list = null;
  #pageTitle = null;
  #onSubmit = (event) => this.#check(event);

  connectedCallback() {
    this.#box ??= this.#build();
    // Its messages replace the browser's bubbles, which would come first.
    if (this.form) this.form.noValidate = true;
    // Capture: before the page's own submit listeners, which then see the submit prevented.
    document.addEventListener('submit', this.#onSubmit, true);
  }

  disconnectedCallback() {
    document.removeEventListener('submit', this.#onSubmit, true);
  }

  /** The form it checks. */
  get form() {
    const named = this.getAttribute('for');
    return named ? document.getElementById(named) : this.closest('form');
  }

  #build() {
    let box = this.querySelector('[role="alert"]');
    if (!box) {
      box = document.createElement('div');
      box.setAttribute('role', 'alert');
      box.hidden = true;
      this.append(box);
    }
    box.classList.add('vnt-error-summary');
    box.tabIndex = -1;
    let heading = box.querySelector('h1, h2, h3, h4, h5, h6');
    if (!heading) {
      heading = document.createElement('h2');
      box.prepend(heading);
    }
    if (this.hasAttribute('title-text') || !heading.textContent.trim()) {
      heading.textContent = words(this, 'title-text');
    }
    box.setAttribute('aria-labelledby', idOf(heading, 'summary-title'));
    this.#list = box.querySelector('ul');
    if (!this.#list) {
      this.#list = document.createElement('ul');
      box.append(this.#list);
    }
    this.#list.addEventListener('click', (event) => {
      const link = event.target.closest('a[href^="#"]');
      const field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!field) return;
      event.preventDefault();
      focusField(field);
    });
    return box;
  }

  #check(event) {
    const form = this.form;
    if (!form || event.target !== form) return;
    // Every field, not only up to the first wrong one: each shows its message.
    const fields = [...form.querySelectorAll(FIELDS)].filter((field) => field instanceof Field);
    const wrong = fields.filter((field) => !field.validate());
    if (wrong.length === 0) {
      this.#hide();
      return;
    }
    event.preventDefault();
    this.#list.replaceChildren(
      ...wrong.map((field) => {
        const link = document.createElement('a');
        link.setAttribute('href', `#${idOf(field.target, 'field')}`);
        link.textContent = field.error;
        const item = document.createElement('li');
        item.append(link);
        return item;
      }),
    );
    this.#box.hidden = false;
    this.#pageTitle ??= document.title;
    document.title = `${words(this, 'error-prefix')} ${this.#pageTitle}`;
    this.#box.focus();
  }

  #hide() {
    this.#box.hidden = true;
    this.#list.replaceChildren();
    if (this.#pageTitle !== null) document.title = this.#pageTitle;
    this.#pageTitle = null;
  }
}

/** How long typing must pause before suggestions are fetched, as on Ventanilla's own pages. */
const DEBOUNCE_MS = 250;

/** How many suggestions to show. */
const SUGGESTIONS = 6;

/** Where each kind of search result lives on Ventanilla (its src/paths.rs). */
const RESULT_PATHS = { service: '/tramites/', agency: '/dependencias/', office: '/oficinas/' };

/**
 * A search box that suggests Ventanilla's services, agencies and offices
 * as people type, on a plain GET search form, which without script, or
 * when the suggestions can't be had, searches as it always does.
 *
 * The input becomes a combobox (ARIA 1.2's list autocomplete): the arrow
 * keys move through the suggestions, Enter goes to the one chosen or, with
 * none, sends the form; Escape closes the list, and again clears the box.
 * A polite status says how many suggestions there are.
 *
 * `api`: Ventanilla's address, whose API allows any origin; the page's own
 * when missing (a site that passes `/api/` on to Ventanilla). Suggestions
 * lead to Ventanilla's pages there.
 */
class SearchField extends HTMLElement {
  #input = null;
  #list = null;
  #status = null;
  #found = [];
  #active = -1;
  #timer = 0;
  #request = null;

  connectedCallback() {
    // Once: moving the element in the page connects it again.
    if (this.#input) return;
    const input = this.querySelector('input[type="search"], input[name="q"]');
    if (!input) {
      console.error(this, 'vnt-search-field needs an <input type="search">');
      return;
    }
    this.#input = input;
    const id = idOf(input, 'search');
    const label = input.labels?.[0]?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    this.#list = document.createElement('ul');
    this.#list.id = `${id}-listbox`;
    this.#list.className = 'vnt-search-listbox';
    this.#list.setAttribute('role', 'listbox');
    this.#list.setAttribute('aria-label', label);
    this.#list.hidden = true;
    // A press on the list must not take the focus from the box.
    this.#list.addEventListener('mousedown', (event) => {
      event.preventDefault();
      const option = event.target.closest('[role="option"]');
      if (option && event.button === 0) this.#go(Number(option.dataset.index));
    });
    const combo = document.createElement('div');
    combo.className = 'vnt-search-combo';
    input.replaceWith(combo);
    combo.append(input, this.#list);
    this.#status = document.createElement('div');
    this.#status.className = 'vnt-visually-hidden';
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('aria-atomic', 'true');
    this.append(this.#status);
    for (const [name, value] of [
      ['role', 'combobox'],
      ['autocomplete', 'off'],
      ['aria-autocomplete', 'list'],
      ['aria-controls', this.#list.id],
      ['aria-expanded', 'false'],
    ]) {
      input.setAttribute(name, value);
    }
    input.addEventListener('input', () => this.#typed());
    input.addEventListener('keydown', (event) => this.#key(event));
    input.addEventListener('blur', () => this.#close());
    input.addEventListener('focus', () => this.#found.length && this.#open());
  }

  /** Ventanilla's address, without a trailing slash. */
  get api() {
    return (this.getAttribute('api') ?? '').replace(/\/+$/, '');
  }

  #typed() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#suggest(this.#input.value), DEBOUNCE_MS);
  }

  async #suggest(typed) {
    this.#request?.abort();
    const q = typed.trim();
    if ([...q].length < 2) {
      this.#show([]);
      return;
    }
    this.#request = new AbortController();
    const lang = /^en\b/i.test(langOf(this)) ? 'en' : 'es';
    const query = new URLSearchParams({ q, limit: String(SUGGESTIONS), lang });
    try {
      const response = await fetch(`${this.api}/api/v1/search?${query}`, { signal: this.#request.signal });
      if (!response.ok) throw new Error(`search answered ${response.status}`);
      const { hits } = await response.json();
      // An answer to an older query is not what is typed now.
      if (this.#input.value.trim() === q) this.#show(hits);
    } catch (failure) {
      // Without suggestions the form still searches.
      if (failure.name !== 'AbortError') this.#show([]);
    }
  }

  #show(hits) {
    this.#found = hits.map((hit) => ({ ...hit, href: `${this.api}${RESULT_PATHS[hit.kind] ?? '/'}${encodeURIComponent(hit.id)}` }));
    this.#active = -1;
    this.#list.replaceChildren(
      ...this.#found.map((hit, index) => {
        const option = document.createElement('li');
        option.id = `${this.#list.id}-${index}`;
        option.className = 'vnt-search-option';
        option.dataset.index = String(index);
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        const title = document.createElement('span');
        title.className = 'vnt-search-option-title';
        title.textContent = hit.title;
        const subtitle = document.createElement('span');
        subtitle.className = 'vnt-search-option-subtitle';
        subtitle.textContent = hit.subtitle;
        option.append(title, subtitle);
        return option;
      }),
    );
    if (document.activeElement === this.#input) this.#open();
  }

  #open() {
    const any = this.#found.length > 0;
    this.#list.hidden = !any;
    this.#input.setAttribute('aria-expanded', String(any));
    this.#status.textContent = words(this, 'search-suggestions', this.#found.length);
  }

  #close() {
    this.#list.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#activate(-1);
    this.#status.textContent = '';
  }

  #activate(index) {
    this.#list.children[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = index;
    const option = this.#list.children[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      option.scrollIntoView({ block: 'nearest' });
      this.#input.setAttribute('aria-activedescendant', option.id);
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #go(index) {
    const hit = this.#found[index];
    if (!hit) return;
    this.#close();
    window.location.assign(hit.href);
  }

  #key(event) {
    // Keys that confirm an input method's composition are not ours.
    if (event.isComposing) return;
    const count = this.#found.length;
    const open = !this.#list.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!count) return;
        event.preventDefault();
        if (event.altKey) {
          if (event.key === 'ArrowDown') this.#open();
          else this.#close();
          return;
        }
        this.#open();
        const step = event.key === 'ArrowDown' ? 1 : count - 1;
        const from = open && this.#active >= 0 ? this.#active : event.key === 'ArrowDown' ? -1 : 0;
        this.#activate((from + step + count) % count);
        return;
      }
      case 'Enter':
        // With no suggestion chosen, the form searches as it always does.
        if (open && this.#active >= 0) {
          event.preventDefault();
          this.#go(this.#active);
        }
        return;
      case 'Escape':
        // Chromium would also clear a search box on Escape: only once the list is closed.
        event.preventDefault();
        if (open) {
          this.#close();
        } else {
          this.#input.value = '';
          this.#show([]);
        }
        return;
      default:
    }
  }
}

// The fields first, so that the summary finds them defined.
for (const [name, element] of [
  ['vnt-text-input', TextInput],
  ['vnt-date-input', DateInput],
  ['vnt-character-count', CharacterCount],
  ['vnt-error-summary', ErrorSummary],
  ['vnt-search-field', SearchField],
]) {
  if (!customElements.get(name)) customElements.define(name, element);
}

export { TextInput, DateInput, CharacterCount, ErrorSummary, SearchField };
