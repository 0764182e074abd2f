export {
  processArticles,
  briefStory,
  clusterNew,
  type PipelineOptions,
  type RunReport,
  type ProgressEvent,
} from './process-articles.js';
