// Registers every kiosque element. The self-contained bundles are built from this module.
export * from './index.js';
import './components/relative-time/relative-time.define.js';
