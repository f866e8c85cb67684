// The layout extensions register themselves with cytoscape.use(); their own types are not needed.
declare module 'cytoscape-fcose' {
  const extension: import('cytoscape').Ext;
  export default extension;
}
declare module 'cytoscape-dagre' {
  const extension: import('cytoscape').Ext;
  export default extension;
}
