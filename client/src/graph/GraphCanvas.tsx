/**
 * The one component that owns the Cytoscape instance. It turns props into drawing: element
 * diffs applied in one batch, a layout when nodes come or go or the reader picks another, the
 * selection ring, focus mode, and the introduction path shown over the network. Its parent
 * remounts it (a new key) when the graph crosses into large-graph mode, which needs a new
 * renderer.
 */
import type { Layouts } from 'cytoscape';
import type { NodeSingular } from 'cytoscape';
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import type { LayoutName } from '../view/url-state.ts';
import {
  applyFocus,
  applyPathClasses,
  applyPlan,
  applySelection,
  FIT_MAX_ZOOM,
  fittedViewport,
  fitTo,
  keepPlace,
  MAX_ZOOM,
  nodesThenEdges,
  planElements,
} from './canvas-ops.ts';
import { toElements, type GraphData } from './elements.ts';
import { bringIntoView, coversNodes, needsInsets, overlayInsets } from './insets.ts';
import { ARROW_KEYS, arrowTarget } from './keyboard-nav.ts';
import { applyLabelPriority } from './label-priority.ts';
import { placeNewcomers, prefersReducedMotion } from './layout.ts';
import { layoutBeforeDrawing, laysOutBeforeDrawing, mainThreadLayout, prepareLayout } from './off-thread-layout.ts';
import { pathOverlay, withOverlay, type PathHighlight } from './path-overlay.ts';
import { useCytoscape, type CanvasHandlers, type CanvasMode } from './use-cytoscape.ts';

export interface GraphCanvasHandle {
  fit(): void;
  /** After a panel opened over the map: moves the picture out from under it, if it covers nodes. */
  makeRoom(): void;
  /** The whole picture as a PNG, white background, twice the screen's resolution. */
  png(): Promise<Blob>;
  /** The whole picture as an SVG document. */
  svg(): string;
  /** Where each drawn node stands (model coordinates), for a saved view. */
  positions(): { key: string; x: number; y: number }[];
  /**
   * Puts nodes back where a saved view had them, once the layout running now (if any) stops;
   * true when the map holds every node of `keys` (else nothing is done: try again once it does).
   */
  place(positions: readonly { key: string; x: number; y: number }[], keys: readonly string[]): boolean;
}

interface Props extends CanvasHandlers {
  graph: GraphData | undefined;
  centre: string | null;
  selected: string | null;
  /** The introduction path to show, or null. */
  path: PathHighlight | null;
  language: Language;
  label: string;
  layout: LayoutName;
  focus: string | null;
  expanded: readonly string[];
  /**
   * Seeds the layout (view/url-state.ts layoutSeed): a new seed with a new network is a new
   * picture, laid out afresh; null while the network for the view is still loading.
   */
  seed: string | null;
  mode: CanvasMode;
  ref?: Ref<GraphCanvasHandle>;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

export function GraphCanvas(props: Props) {
  const { graph, centre, selected, path, language, label, layout, focus, expanded, seed, mode, ref } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useCytoscape(container, props, mode);
  const running = useRef<Layouts | null>(null);
  const layoutRunning = useRef(false);
  const drawnLayout = useRef<LayoutName | null>(null);
  const drawnSeed = useRef<string | null>(null);
  const shownPath = useRef<string | null>(null);
  /** The animation frame that will add a progressive drawing's links (see the drawing effect). */
  const pendingLinks = useRef<number | null>(null);
  const [today] = useState(todayIso);
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const moved = useRef<{ from: string | null; to: string } | null>(null);
  const overlay = useMemo(
    () => (path ? pathOverlay(graph, path, centre, language) : null),
    [graph, path, centre, language],
  );

  useImperativeHandle(ref, () => ({
    fit() {
      const cy = cyRef.current;
      if (cy) fitTo(cy, cy.elements(), 48, overlayInsets(container.current));
    },
    makeRoom() {
      const cy = cyRef.current;
      if (layoutRunning.current) return; // the layout's own fit will see the panel
      const insets = overlayInsets(container.current);
      if (cy && coversNodes(cy, insets)) fitTo(cy, cy.elements(), 48, insets);
    },
    png() {
      const cy = cyRef.current!;
      return cy.png({ output: 'blob-promise', bg: '#ffffff', full: true, scale: 2, maxWidth: 6000, maxHeight: 6000 });
    },
    svg() {
      const cy = cyRef.current as unknown as { svg(options: object): string };
      // cytoscape-svg's canvas2svg logs this for every label it draws (a fill() after fillText());
      // the SVG is complete regardless, so only that one message is kept out of the console.
      const error = console.error;
      console.error = (...args: unknown[]) => {
        if (String(args[0]).startsWith('Attempted to apply path command')) return;
        error(...args);
      };
      try {
        return cy.svg({ full: true, bg: '#ffffff', scale: 1 });
      } finally {
        console.error = error;
      }
    },
    positions() {
      const cy = cyRef.current;
      return cy ? cy.nodes().map((n) => ({ key: n.id(), ...n.position() })) : [];
    },
    place(positions, keys) {
      const cy = cyRef.current;
      if (!cy || cy.destroyed() || keys.some((k) => cy.getElementById(k).empty())) return false;
      const put = () => {
        if (cy.destroyed()) return;
        cy.batch(() => {
          for (const p of positions) {
            const node = cy.getElementById(p.key);
            if (node.nonempty() && node.isNode()) node.position({ x: p.x, y: p.y });
          }
        });
        // The fit zooms, and a zoom runs the label pass.
        fitTo(cy, cy.elements(), 48, overlayInsets(container.current));
      };
      if (layoutRunning.current && running.current) running.current.one('layoutstop', put);
      else put();
      return true;
    },
  }));

  /** What the marking effects below last asked for, for a picture drawn after they ran. */
  const latestMarks = useRef({ selected, focus, highlighted: overlay?.highlighted ?? null });
  useEffect(() => {
    latestMarks.current = { selected, focus, highlighted: overlay?.highlighted ?? null };
  });

  /** Names that would overlap step aside; the pinned ones (what the reader looks at) never do. */
  const labelPass = useRef(() => {});
  useEffect(() => {
    labelPass.current = () => {
      const cy = cyRef.current;
      if (!cy || cy.destroyed() || mode.large) return;
      const pinned = [centre, selected, focus, ...(overlay?.highlighted ?? [])].filter((k) => k !== null);
      applyLabelPriority(cy, new Set(pinned));
    };
  });

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // Links of a progressive drawing not added yet are planned afresh below, with everything else.
    if (pendingLinks.current !== null) {
      cancelAnimationFrame(pendingLinks.current);
      pendingLinks.current = null;
      if (window.__tsunagari) window.__tsunagari.linksPending = false;
    }
    const base = graph ? toElements(graph, { centre, language, expanded, today }) : [];
    const next = withOverlay(base, overlay);
    const plan = planElements(cy, next);
    const switched = drawnLayout.current !== null && drawnLayout.current !== layout;
    drawnLayout.current = layout;
    // Another centre, depth or size is a new picture, drawn from the seed as a fresh link would
    // be; anything else (expanding, filtering, hiding) keeps every drawn node where it is.
    const fresh = plan.kept === 0 || (seed !== null && seed !== drawnSeed.current);
    // A new large picture is laid out by the worker before any of it is drawn (off-thread-layout.ts).
    const beforeDrawing = plan.changed && fresh && !switched && laysOutBeforeDrawing(layout, plan.nodes);
    if (!beforeDrawing) applyPlan(cy, plan);
    if ((!plan.changed && !switched) || plan.nodes === 0) return;
    if (seed !== null) drawnSeed.current = seed;
    if (!fresh && !switched && plan.added.length === 0) {
      labelPass.current();
      return;
    }
    running.current?.stop();
    // Fitting a handful of nodes would blow them up: cap the zoom while the layout fits.
    cy.maxZoom(FIT_MAX_ZOOM);
    // Layouts fit with the same padding on every side; with a panel over the map, the fit is
    // done afterwards into the free part instead (and a first drawing does not animate, since
    // it would fly in unfitted).
    const fitAfter = !switched && needsInsets(overlayInsets(container.current), 48);
    const options = {
      randomize: fresh,
      animate: !(fitAfter && fresh),
      fit: !switched && !fitAfter,
      nodes: plan.nodes,
      fixed: [] as { id: string; x: number; y: number }[],
    };
    // Sorted by key, so fcose meets the nodes in the same order whatever order they arrived in.
    const sorted = () => cy.elements().sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
    const layoutSeed = seed ?? drawnSeed.current ?? '';
    let locked = cy.collection();
    let run: Layouts;
    if (beforeDrawing) {
      // The selection, focus and path were marked while these elements were not drawn yet.
      const mark = () => {
        const marks = latestMarks.current;
        applySelection(cy, marks.selected);
        applyFocus(cy, marks.focus);
        applyPathClasses(cy, marks.highlighted);
      };
      const draw = (at: ReadonlyMap<string, { x: number; y: number }> | null) => {
        if (!at) {
          applyPlan(cy, plan);
          placeNewcomers(cy, plan.added, centre);
          mark();
          return;
        }
        // Progressive: the nodes are painted in their places first (fitted from the positions,
        // before that paint), and their links are added a frame later.
        const [nodesFirst, edgesAfter] = nodesThenEdges(plan);
        applyPlan(cy, nodesFirst, at);
        cy.viewport(fittedViewport(cy, at, next, overlayInsets(container.current)));
        mark();
        if (edgesAfter.diff.add.length === 0) return;
        if (window.__tsunagari) window.__tsunagari.linksPending = true;
        pendingLinks.current = requestAnimationFrame(() => {
          pendingLinks.current = requestAnimationFrame(() => {
            pendingLinks.current = null;
            if (cy.destroyed()) return;
            applyPlan(cy, edgesAfter);
            mark();
            if (window.__tsunagari) window.__tsunagari.linksPending = false;
          });
        });
      };
      run = layoutBeforeDrawing(cy, next, layout as 'fcose' | 'euler', layoutSeed, draw, () =>
        mainThreadLayout(sorted(), layout, options, layoutSeed),
      );
    } else {
      placeNewcomers(cy, plan.added, centre);
      const newcomers = new Set(plan.added);
      const pinned = fresh || switched ? cy.collection() : cy.nodes().filter((n) => !newcomers.has(n.id()));
      options.fixed = pinned.map((n) => ({ id: n.id(), ...(n as NodeSingular).position() }));
      // A large graph drawn afresh is laid out by the worker (off-thread-layout.ts).
      run = prepareLayout(sorted(), layout, options, layoutSeed);
      // Euler has no pinning option but leaves locked nodes alone.
      if (layout === 'euler') locked = pinned.lock();
      if (switched) keepPlace(cy, run, selected ?? centre);
    }
    const started = performance.now();
    run.one('layoutstop', () => {
      layoutRunning.current = false;
      locked.unlock();
      if (window.__tsunagari) window.__tsunagari.layoutMs = performance.now() - started;
      if (cy.destroyed()) return;
      cy.maxZoom(MAX_ZOOM);
      const insets = overlayInsets(container.current);
      // A new picture was drawn in place without animation: it is shown fitted at once, not flown in.
      // One laid out before drawing was fitted into the free part already.
      if (!beforeDrawing && (fitAfter || (!switched && coversNodes(cy, insets))))
        fitTo(cy, cy.elements(), 48, insets, options.animate && !prefersReducedMotion());
      labelPass.current();
    });
    running.current = run;
    layoutRunning.current = true;
    run.run();
    // `selected` is read for the anchor only: selecting must not re-run the layout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cyRef, graph, centre, language, overlay, layout, expanded, today, seed]);

  // Who keeps a name depends on the selection, focus and path, and on the zoom (small names).
  useEffect(() => {
    if (!layoutRunning.current) labelPass.current();
  }, [selected, focus, overlay]);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => labelPass.current(), 120);
    };
    cy.on('zoom', later);
    return () => {
      clearTimeout(timer);
      cy.removeListener('zoom', later);
    };
  }, [cyRef, mode.large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applySelection(cy, selected);
  }, [cyRef, graph, selected]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyFocus(cy, focus);
  }, [cyRef, graph, focus]);

  // Declared after the drawing effect, so the path's elements exist when they are marked.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const eles = applyPathClasses(cy, overlay?.highlighted ?? null);
    const id = path?.id ?? null;
    if (id === shownPath.current) return;
    shownPath.current = id;
    // A new path is brought into view; clearing it shows the whole network again.
    const move = () =>
      void (cy.destroyed() || fitTo(cy, id ? eles : cy.elements(), id ? 96 : 48, overlayInsets(container.current)));
    if (layoutRunning.current && running.current) running.current.one('layoutstop', move);
    else move();
  }, [cyRef, overlay, path]);

  /** Arrow keys move the selection across the map; the live region says where it landed. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const direction = ARROW_KEYS[event.key];
    const cy = cyRef.current;
    if (!direction || !cy || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    // A key repeated before React re-rendered starts from where the last one landed.
    const from = moved.current && moved.current.from === selected ? moved.current.to : selected;
    const target = arrowTarget(cy, from, centre, direction);
    if (!target || target === from) {
      setAnnouncement(t('graph.keyboard.none', { direction: t(`graph.keyboard.${direction}`) }));
      return;
    }
    const node = cy.getElementById(target) as NodeSingular;
    moved.current = { from: selected, to: target };
    props.onSelect(target);
    bringIntoView(cy, node, overlayInsets(container.current));
    setAnnouncement(
      t('graph.keyboard.moved', {
        name: String(node.data('label')).replace(/\s*\n\s*/g, ' / '),
        kind: t(`kind.${String(node.data('kind'))}`),
        count: node.neighborhood('node').length,
      }),
    );
  };

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        role="application"
        aria-roledescription={t('graph.keyboard.role')}
        aria-label={label}
        aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight"
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      <p className="canvas-announcer" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}
