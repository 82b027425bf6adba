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
//
// A field is required when its inputs are (`required`, which the browser
// also enforces with JavaScript off) or when `validate` says `required`.
// The rules and their messages are Ventanilla's own (ventanilla-core and the
// app's locale files, compiled to wasm next to this file), in the language
// of the page (`lang`). Fields dispatch `vnt-invalid` and `vnt-valid`, and
// let their inputs' `input` and `change` events through. The words that are
// not messages come from attributes, with Spanish and English defaults.
// See examples/elements/index.html.
import init, { check, check_date as checkDate } from './ventanilla_elements.js';

await init();

/** The words an attribute may replace, in the languages of the page. */
const DEFAULTS = {
  es: {
    'error-prefix': 'Error:',
    'title-text': 'Hay un problema',
    'remaining-one': 'Te queda {n} carácter',
    'remaining-other': 'Te quedan {n} caracteres',
    'over-one': 'Te sobra {n} carácter',
    'over-other': 'Te sobran {n} caracteres',
  },
  en: {
    'error-prefix': 'Error:',
    'title-text': 'There is a problem',
    'remaining-one': 'You have {n} character remaining',
    'remaining-other': 'You have {n} characters remaining',
    'over-one': 'You have {n} character too many',
    'over-other': 'You have {n} characters too many',
  },
};

/** How long typing must pause before screen readers hear the count, as in ventanilla-ui. */
const PAUSE_MS = 1000;

const FIELDS = 'vnt-text-input, vnt-date-input, vnt-character-count';

/** The language of `element`: its own `lang` or its nearest ancestor's. */
function langOf(element) {
  return element.closest('[lang]')?.getAttribute('lang') || 'es-MX';
}

/** The words of attribute `name` of `element`, or their default in its language. */
function words(element, name) {
  const own = element.getAttribute(name);
  if (own !== null) return own;
  return DEFAULTS[/^en\b/i.test(langOf(element)) ? 'en' : 'es'][name];
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
    const n = Math.abs(this.max - length);
    const plural = new Intl.PluralRules(langOf(this)).select(n) === 'one' ? 'one' : 'other';
    const said = words(this, `${over ? 'over' : 'remaining'}-${plural}`).replaceAll('{n}', String(n));
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

// The fields first, so that the summary finds them defined.
for (const [name, element] of [
  ['vnt-text-input', TextInput],
  ['vnt-date-input', DateInput],
  ['vnt-character-count', CharacterCount],
  ['vnt-error-summary', ErrorSummary],
]) {
  if (!customElements.get(name)) customElements.define(name, element);
}

export { TextInput, DateInput, CharacterCount, ErrorSummary };
