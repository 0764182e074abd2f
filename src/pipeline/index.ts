export {
  processArticles,
  briefStory,
  type PipelineOptions,
  type RunReport,
  type ProgressEvent,
} from './process-articles.js';
