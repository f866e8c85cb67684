/**
 * Graph views on Cytoscape.js: fCoSE (force-directed, for the co-ownership networks) and dagre
 * (layered, for dependency chains). Each drawn graph is registered on `window.kgExplorer.graphs` under
 * its name, so that scripts (the browser tests, the screenshot script) can find a node's position.
 */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type StylesheetJson,
} from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);
cytoscape.use(dagre);

declare global {
  interface Window {
    kgExplorer: { graphs: Record<string, Core> };
  }
}
window.kgExplorer ??= { graphs: {} };

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif';

export const BASE_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '160px',
      // Chinese names have no spaces to break at.
      'text-overflow-wrap': 'anywhere',
      'background-color': '#3b6ea8',
      color: '#1d2733',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
      width: 18,
      height: 18,
    },
  },
  { selector: 'node.centre', style: { 'background-color': '#c0392b', 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#9aa9b8',
      'curve-style': 'bezier',
      'font-family': FONT,
      'font-size': 10,
      color: '#4a5560',
    },
  },
];

/** After each graph's own style, so that fading and selection win over it. */
const OVERLAY_STYLE: StylesheetJson = [
  { selector: '.faded', style: { opacity: 0.08 } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
  { selector: 'edge:selected', style: { 'line-color': '#f1c40f', 'target-arrow-color': '#f1c40f' } },
];

export interface GraphOptions {
  name: string;
  container: HTMLElement;
  elements: ElementDefinition[];
  style?: StylesheetJson;
  layout: LayoutOptions;
}

/** Fitting a graph of two or three nodes would blow them up to fill the box. */
const MAX_FIT_ZOOM = 1.2;

/**
 * Draws a graph (replacing an earlier one of the same name) and highlights a node's neighbourhood on
 * hover. The graph is registered once laid out and framed, so a script that finds it there can click
 * where its nodes are.
 */
export function drawGraph(options: GraphOptions): Core {
  window.kgExplorer.graphs[options.name]?.destroy();
  delete window.kgExplorer.graphs[options.name];
  const cy = cytoscape({
    container: options.container,
    elements: options.elements,
    style: [...BASE_STYLE, ...(options.style ?? []), ...OVERLAY_STYLE],
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
  });
  cy.on('mouseover', 'node', (event) => {
    const near = event.target.closedNeighborhood();
    cy.elements().not(near).addClass('faded');
  });
  cy.on('mouseout', 'node', () => cy.elements().removeClass('faded'));
  const layout = cy.layout(options.layout);
  layout.one('layoutstop', () => {
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
    if (!cy.destroyed()) window.kgExplorer.graphs[options.name] = cy;
  });
  layout.run();
  return cy;
}

export const FORCE_LAYOUT = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  nodeSeparation: 80,
  idealEdgeLength: () => 90,
  nodeRepulsion: () => 9000,
  packComponents: true,
  fit: true,
  padding: 30,
} as unknown as LayoutOptions;

export const LAYERED_LAYOUT = {
  name: 'dagre',
  rankDir: 'LR',
  nodeSep: 30,
  rankSep: 110,
  edgeSep: 10,
  fit: true,
  padding: 30,
  animate: false,
} as unknown as LayoutOptions;
