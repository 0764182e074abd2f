export {
  processArticles,
  briefStory,
  clusterNew,
  assignArticles,
  CLUSTER_STATE_KEY,
  type ClusterArticle,
  type PipelineOptions,
  type RunReport,
  type ProgressEvent,
} from './process-articles.js';
