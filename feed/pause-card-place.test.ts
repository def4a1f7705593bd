// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { placePauseCard } from './pause-card-place';

const card = () => document.createElement('realign-pause-card');

describe('where the pause card goes', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('goes right after the post in an ordinary feed', () => {
    document.body.innerHTML = '<main><article data-realign="clean" id="a"></article><article data-realign="clean" id="b"></article></main>';
    const el = card();
    placePauseCard(el, document.getElementById('a')!);
    expect(el.previousElementSibling?.id).toBe('a');
    expect(el.nextElementSibling?.id).toBe('b');
  });

  it("is the last thing in a virtualised list's cell (X: absolute + translateY), after the cell's separator", () => {
    document.body.innerHTML = `<div style="position: relative">
      <div data-testid="cellInnerDiv" id="cell1" style="position: absolute; transform: translateY(0px)"><div class="sep"><div><article data-realign="clean" id="a"></article></div></div></div>
      <div data-testid="cellInnerDiv" id="cell2" style="position: absolute; transform: translateY(400px)"><div><div><article data-realign="clean" id="b"></article></div></div></div>
    </div>`;
    const el = card();
    placePauseCard(el, document.getElementById('a')!);
    expect(el.parentElement?.id).toBe('cell1');
    expect(el.previousElementSibling?.className).toBe('sep');
    expect(el.nextElementSibling).toBeNull();
  });

  it('goes inside the post when the post itself is the positioned cell', () => {
    document.body.innerHTML = '<div><article data-realign="clean" id="a" style="position: absolute"><p>text</p></article><article data-realign="clean" id="b" style="position: absolute"></article></div>';
    const el = card();
    placePauseCard(el, document.getElementById('a')!);
    expect(el.parentElement?.id).toBe('a');
  });

  it('treats a positioned box holding other posts (a modal, a layer) as no cell', () => {
    document.body.innerHTML = '<div id="layer" style="position: fixed"><article data-realign="clean" id="a"></article><article data-realign="clean" id="b"></article></div>';
    const el = card();
    placePauseCard(el, document.getElementById('a')!);
    expect(el.previousElementSibling?.id).toBe('a');
    expect(el.nextElementSibling?.id).toBe('b');
  });

  it('spans the whole row after an item of a wrapping grid', () => {
    document.body.innerHTML = '<div id="grid" style="display: flex; flex-wrap: wrap"><div data-realign="clean" id="a"></div><div data-realign="clean" id="b"></div></div>';
    const el = card();
    placePauseCard(el, document.getElementById('a')!);
    expect(el.parentElement?.id).toBe('grid');
    expect(el.style.flexBasis).toBe('100%');
    expect(el.style.gridColumn).toBe('1 / -1');
  });

  it('goes after a shelf that does not wrap, not between its tiles', () => {
    document.body.innerHTML = '<section><div id="shelf" style="display: flex; flex-wrap: nowrap"><div data-realign="clean" id="a"></div><div data-realign="clean" id="b"></div></div><p id="next"></p></section>';
    const el = card();
    placePauseCard(el, document.getElementById('a')!);
    expect(el.previousElementSibling?.id).toBe('shelf');
    expect(el.nextElementSibling?.id).toBe('next');
  });
});
