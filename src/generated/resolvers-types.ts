import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TiUser, TiEnrollment } from '../tenant/rest/models.js';
import type { GatewayContext } from '../gateway/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A valid absolute (starting with either a valid protocol or a leading www) or relative (with a leading slash) URL string */
  AbsoluteOrRelativeURL: { input: string; output: string; }
  /** Date scalar type */
  Date: { input: string; output: string; }
  /** Hex Color scalar type */
  HexColor: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A valid relative URL string with a leading slash (/) */
  RelativeURL: { input: string; output: string; }
  /** Slug scalar type */
  Slug: { input: string; output: string; }
  /** A valid absolute URL string starting with either a valid protocol or a leading www */
  URL: { input: string; output: string; }
  /** A field whose value is a UUID. */
  UUID: { input: string; output: string; }
};

export type ApiCacheLogsList = {
  __typename?: 'APICacheLogsList';
  data: Array<Scalars['JSON']['output']>;
  pageInfo?: Maybe<CursorPageInfo>;
};

export type ApiLicenseList = {
  __typename?: 'APILicenseList';
  /** The ID of the A P I License List. */
  id: Scalars['ID']['output'];
  licenses: Array<License>;
  name: Scalars['String']['output'];
  pageInfo: PageInfo;
  sku?: Maybe<Scalars['String']['output']>;
};

export type AccessExpiration = {
  __typename?: 'AccessExpiration';
  /** The ID of the Bundle. */
  bundle?: Maybe<Bundle>;
  /** The ID of the Course. */
  course?: Maybe<Course>;
  expiresAt: Scalars['Date']['output'];
  /** The ID of the Access Expiration. */
  id: Scalars['ID']['output'];
  /** The ID of the Learning Path. */
  learningPath?: Maybe<LearningPath>;
  /** The ID of the License. */
  license?: Maybe<License>;
  resource: AccessExpirationResource;
  resourceType: AccessExpirationResourceType;
  userId?: Maybe<Scalars['String']['output']>;
};

export type AccessExpirationResource = Bundle | Course | LearningPath | License;

export type AccessExpirationResourceType =
  | 'bundle'
  | 'course'
  | 'learningPath'
  | 'license';

export type AccessExpirationsList = {
  __typename?: 'AccessExpirationsList';
  accessExpirations?: Maybe<Array<AccessExpiration>>;
  pageInfo?: Maybe<PageInfo>;
};

export type AccessLevel =
  | 'emailCaptureOpen'
  | 'open'
  | 'studentsOnly';

export type AcmeCertificate = {
  __typename?: 'AcmeCertificate';
  country: Scalars['String']['output'];
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  domain: Scalars['String']['output'];
  locality: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  state: Scalars['String']['output'];
  status: AcmeCertificateStatus;
};

export type AcmeCertificateStatus =
  | 'expiring'
  | 'pending'
  | 'provisioning'
  | 'valid';

export type AcmeChallenge = {
  __typename?: 'AcmeChallenge';
  authorizationUrl: Scalars['URL']['output'];
  /** The ID of the Certificate. */
  certificate?: Maybe<Scalars['ID']['output']>;
  challengeKey: Scalars['String']['output'];
  challengeUrl: Scalars['URL']['output'];
  /** The ID of the Client. */
  client: Scalars['ID']['output'];
  company: Scalars['ID']['output'];
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  dnsChallenge: Scalars['ID']['output'];
  domain: Scalars['String']['output'];
  expiresAt: Scalars['Date']['output'];
  finalize: Scalars['URL']['output'];
  forNodeEnv: NodeEnv;
  group: Scalars['String']['output'];
  /** The ID of the Acme Challenge. */
  id: Scalars['ID']['output'];
  status: AcmeChallengeStatus;
  type: Scalars['String']['output'];
};

export type AcmeChallengeStatus =
  | 'finalized'
  | 'invalid'
  | 'pending'
  | 'valid'
  | 'verifying';

export type AdobeConnectWebinarConnection = {
  __typename?: 'AdobeConnectWebinarConnection';
  adobeConnectDomain: Scalars['String']['output'];
  adobeConnectLogin: Scalars['String']['output'];
  adobeConnectPassword: Scalars['String']['output'];
  /** The ID of the Adobe Connect Webinar Connection. */
  id: Scalars['ID']['output'];
  provider: Scalars['String']['output'];
};

export type Aggregation = {
  __typename?: 'Aggregation';
  buckets?: Maybe<Array<Maybe<AggregationBucket>>>;
  key?: Maybe<Scalars['String']['output']>;
  label?: Maybe<Scalars['String']['output']>;
};

export type AggregationBucket = {
  __typename?: 'AggregationBucket';
  count?: Maybe<Scalars['Int']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  query?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type AllocatedLearningPath = {
  __typename?: 'AllocatedLearningPath';
  /** The ID of the Learning Path. */
  learningPath?: Maybe<LearningPath>;
  learningPathId: Scalars['ID']['output'];
  status?: Maybe<Scalars['String']['output']>;
};

export type AllocatedLicense = {
  __typename?: 'AllocatedLicense';
  /** The ID of the License. */
  license?: Maybe<License>;
  licenseId: Scalars['ID']['output'];
  licenseRole: AllocatedLicenseRole;
  status?: Maybe<Scalars['String']['output']>;
};

export type AllocatedLicenseRole =
  | 'manager'
  | 'student';

export type AlternativePricingType =
  | 'membership';

export type AppearanceBlockType =
  | 'appearanceSettings'
  | 'micrositeFeaturedCourses'
  | 'micrositeFooter'
  | 'micrositeHeader';

export type AppearanceSettings = {
  __typename?: 'AppearanceSettings';
  accentColor?: Maybe<Scalars['HexColor']['output']>;
  altFont?: Maybe<Scalars['String']['output']>;
  backgroundAsset?: Maybe<Scalars['String']['output']>;
  backgroundAssetTiled?: Maybe<Scalars['Boolean']['output']>;
  company?: Maybe<Company>;
  customCss?: Maybe<Scalars['String']['output']>;
  favicon?: Maybe<Scalars['URL']['output']>;
  font?: Maybe<Scalars['String']['output']>;
  globalNavigationLinks?: Maybe<Array<Maybe<GlobalNavigationLink>>>;
  /** The ID of the Appearance Settings. */
  id: Scalars['ID']['output'];
  linkColor?: Maybe<Scalars['HexColor']['output']>;
  logoAsset?: Maybe<Scalars['URL']['output']>;
  retinaLogo?: Maybe<Scalars['Boolean']['output']>;
  secondaryColor?: Maybe<Scalars['HexColor']['output']>;
};

export type AppliesToUser =
  | 'existing'
  | 'new';

export type ArchivedContent = {
  __typename?: 'ArchivedContent';
  archivedAt?: Maybe<Scalars['Date']['output']>;
  company?: Maybe<Company>;
  /** The ID of the Archived Content. */
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  reinstatable: Scalars['Boolean']['output'];
  /** The ID of the Resource. */
  resource?: Maybe<Scalars['ID']['output']>;
  resourceType?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  /** The ID of the User. */
  user?: Maybe<Scalars['ID']['output']>;
  waitlistActive: Scalars['Boolean']['output'];
};

export type ArticlePage = PageEntity & {
  __typename?: 'ArticlePage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Article Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  languages: Array<ArticlePageLanguage>;
  lessonId: Scalars['ID']['output'];
  publishDate?: Maybe<Scalars['Date']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
  videoAsset?: Maybe<Scalars['String']['output']>;
};

export type ArticlePageLanguage = {
  __typename?: 'ArticlePageLanguage';
  allowAudioDownload?: Maybe<Scalars['Boolean']['output']>;
  audioAsset?: Maybe<Scalars['String']['output']>;
  audioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  copyright?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  externalUrlCallToAction?: Maybe<Scalars['String']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  pdfAsset?: Maybe<Scalars['String']['output']>;
  pdfAssetSecondary?: Maybe<Scalars['String']['output']>;
  pdfAssetSecondaryUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  pdfAssetTitle?: Maybe<Scalars['String']['output']>;
  pdfAssetTitleSecondary?: Maybe<Scalars['String']['output']>;
  pdfAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  subtitle?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

export type Assessment = {
  __typename?: 'Assessment';
  /** The ID of the Assessment. */
  id: Scalars['ID']['output'];
  minPassingPercent?: Maybe<Scalars['Int']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type AssessmentAnswer = {
  __typename?: 'AssessmentAnswer';
  answer?: Maybe<Scalars['String']['output']>;
  correct: Scalars['Boolean']['output'];
  hasDefaultGrade?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Assessment Answer. */
  id: Scalars['ID']['output'];
  question?: Maybe<Scalars['String']['output']>;
};

export type AssessmentAttempt = {
  __typename?: 'AssessmentAttempt';
  adminUpdatedGrade: Scalars['Boolean']['output'];
  answeredQuestionsCount?: Maybe<Scalars['Int']['output']>;
  answers?: Maybe<Array<AssessmentAnswer>>;
  assessment?: Maybe<Assessment>;
  /** The ID of the Assignment Submission. */
  assignmentSubmissionId?: Maybe<Scalars['ID']['output']>;
  correctQuestionsCount?: Maybe<Scalars['Int']['output']>;
  /** The ID of the Course. */
  course?: Maybe<Course>;
  /** The ID of the Course. */
  courseId?: Maybe<Scalars['ID']['output']>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  forgiven: Scalars['Boolean']['output'];
  grade?: Maybe<Scalars['Int']['output']>;
  /** The ID of the Assessment Attempt. */
  id: Scalars['ID']['output'];
  /** The ID of the Linked Workbook. */
  linkedWorkbook?: Maybe<Scalars['ID']['output']>;
  originalGrade?: Maybe<Scalars['Int']['output']>;
  passed: Scalars['Boolean']['output'];
  poolLabelByQuestionId?: Maybe<Scalars['JSON']['output']>;
  questions?: Maybe<Array<QuizQuestion>>;
  questionsWithChoicesCount?: Maybe<Scalars['Int']['output']>;
  status: AssessmentAttemptStatus;
  timeElapsedInSeconds?: Maybe<Scalars['Int']['output']>;
  topic?: Maybe<Topic>;
  /** The ID of the Topic. */
  topicId?: Maybe<Scalars['ID']['output']>;
  topicType?: Maybe<TopicType>;
  unansweredQuestionsCount?: Maybe<Scalars['Int']['output']>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
  user?: Maybe<User>;
};

export type AssessmentAttemptInput = {
  answeredQuestionsCount?: InputMaybe<Scalars['Int']['input']>;
  assignmentSubmission?: InputMaybe<Scalars['ID']['input']>;
  correctQuestionsCount?: InputMaybe<Scalars['Int']['input']>;
  forgiven?: InputMaybe<Scalars['Boolean']['input']>;
  grade?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  passed?: InputMaybe<Scalars['Boolean']['input']>;
  poolLabelByQuestionId?: InputMaybe<Scalars['JSON']['input']>;
  questions?: InputMaybe<Array<QuestionInput>>;
  questionsWithChoicesCount?: InputMaybe<Scalars['Int']['input']>;
  status: AssessmentAttemptStatus;
  timeElapsedInSeconds?: InputMaybe<Scalars['Int']['input']>;
  topicType?: InputMaybe<TopicType>;
  unansweredQuestionsCount?: InputMaybe<Scalars['Int']['input']>;
};

export type AssessmentAttemptList = {
  __typename?: 'AssessmentAttemptList';
  assessmentAttempts?: Maybe<Array<AssessmentAttempt>>;
  pageInfo: CursorPageInfo;
};

export type AssessmentAttemptStatus =
  | 'finished'
  | 'pending'
  | 'started';

export type AssessmentPageEntity = {
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  instructorAssessment?: Maybe<Scalars['Boolean']['output']>;
  lessonId: Scalars['ID']['output'];
  questions: Array<QuizQuestion>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  updatedAt: Scalars['Date']['output'];
};

export type AssessmentQuestionType =
  | 'booleanChoice'
  | 'essay'
  | 'fileSubmission'
  | 'imageComparison'
  | 'likert'
  | 'multipleChoice'
  | 'openEnded'
  | 'selectBoxes'
  | 'table';

export type AssessmentTopicType =
  | 'quiz'
  | 'survey'
  | 'tally'
  | 'test'
  | 'workbook';

export type AssetList = {
  __typename?: 'AssetList';
  aggregations?: Maybe<Array<Aggregation>>;
  assets?: Maybe<Array<CentralLibraryItem>>;
  pageInfo?: Maybe<PageInfo>;
};

export type Assignment = {
  __typename?: 'Assignment';
  description?: Maybe<Scalars['String']['output']>;
  /** The ID of the Assignment. */
  id: Scalars['ID']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type AssignmentPage = PageEntity & {
  __typename?: 'AssignmentPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  allowExternalActivity?: Maybe<Scalars['Boolean']['output']>;
  allowVideoSubmission?: Maybe<Scalars['Boolean']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  dueAt?: Maybe<Scalars['Date']['output']>;
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  enableDiscussionAssignment?: Maybe<Scalars['Boolean']['output']>;
  externalActivityButtonText?: Maybe<Scalars['String']['output']>;
  externalActivityButtonUrl?: Maybe<Scalars['String']['output']>;
  hideDiscussionUntilCommentPost?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Assignment Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  preventProgression?: Maybe<Scalars['Boolean']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type AssignmentSubmission = {
  __typename?: 'AssignmentSubmission';
  additionalAsset?: Maybe<Scalars['URL']['output']>;
  adminUpdatedGrade: Scalars['Boolean']['output'];
  asset?: Maybe<Scalars['URL']['output']>;
  assignment?: Maybe<Assignment>;
  body?: Maybe<Scalars['String']['output']>;
  commentsCount: Scalars['Int']['output'];
  /** The ID of the Course. */
  course?: Maybe<Course>;
  /** The ID of the Course. */
  courseId?: Maybe<Scalars['ID']['output']>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  grade?: Maybe<AssignmentSubmissionGrade>;
  gradeFeedback?: Maybe<Scalars['String']['output']>;
  /** The ID of the Assignment Submission. */
  id: Scalars['ID']['output'];
  numericGrade?: Maybe<Scalars['Float']['output']>;
  quizAttempt?: Maybe<AssessmentAttempt>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
  user?: Maybe<User>;
  videoAsset?: Maybe<Scalars['String']['output']>;
};

export type AssignmentSubmissionGrade =
  | 'completed'
  | 'incomplete';

export type AssignmentSubmissionList = {
  __typename?: 'AssignmentSubmissionList';
  aggregations?: Maybe<Array<Aggregation>>;
  assignmentSubmissions?: Maybe<Array<AssignmentSubmission>>;
  pageInfo: PageInfo;
};

export type AudioPage = PageEntity & {
  __typename?: 'AudioPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  audioAsset?: Maybe<Scalars['String']['output']>;
  caption?: Maybe<Scalars['String']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Audio Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  sidebarIsHidden?: Maybe<Scalars['Boolean']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type AuthRole =
  | 'MANAGER'
  | 'STUDENT';

export type AvalaraTaxSettings = {
  __typename?: 'AvalaraTaxSettings';
  /** The ID of the Account. */
  accountId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Company Code. */
  companyCode?: Maybe<Scalars['ID']['output']>;
  disableAddressValidation: Scalars['Boolean']['output'];
  disableDocumentCommitting: Scalars['Boolean']['output'];
  disableTaxCalculation: Scalars['Boolean']['output'];
  /** The ID of the License Key. */
  licenseKey?: Maybe<Scalars['ID']['output']>;
  sendEmail: Scalars['Boolean']['output'];
  serviceUrl?: Maybe<Scalars['URL']['output']>;
  taxInclusive: Scalars['Boolean']['output'];
};

export type Award = {
  __typename?: 'Award';
  awardAmount?: Maybe<Scalars['Float']['output']>;
  awardType?: Maybe<AwardType>;
  awardWhen?: Maybe<AwardWhen>;
  certificate?: Maybe<Certificate>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  /** Returns true when the Award is deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Award. */
  id: Scalars['ID']['output'];
  resource?: Maybe<AwardResource>;
  user?: Maybe<User>;
};

export type AwardClaiming = {
  awardAmount?: InputMaybe<Scalars['Float']['input']>;
  awardType: Scalars['ID']['input'];
};

export type AwardQualification = {
  __typename?: 'AwardQualification';
  allResources?: Maybe<Scalars['Boolean']['output']>;
  awardAmount?: Maybe<Scalars['Float']['output']>;
  awardInterval?: Maybe<Scalars['Int']['output']>;
  awardType?: Maybe<AwardType>;
  awardWhen?: Maybe<AwardWhen>;
  /** The ID of the Award Qualification. */
  id: Scalars['ID']['output'];
  resourceType?: Maybe<AwardResourceType>;
  resources?: Maybe<Array<Maybe<Scalars['ID']['output']>>>;
};

export type AwardResource = Course | LearningPath;

export type AwardResourceType =
  /** Course(s) */
  | 'course'
  /** Learning Path(s) */
  | 'learningPath';

export type AwardTotal = {
  __typename?: 'AwardTotal';
  awardType: AwardType;
  resource?: Maybe<AwardResource>;
  resourceId: Scalars['ID']['output'];
  total: Scalars['Float']['output'];
};

export type AwardType = {
  __typename?: 'AwardType';
  /** Returns true when the Award Type is deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  icon?: Maybe<AwardTypeIcon>;
  /** The ID of the Award Type. */
  id: Scalars['ID']['output'];
  includeOnDashboard?: Maybe<Scalars['Boolean']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  pluralLabel?: Maybe<Scalars['String']['output']>;
};

export type AwardTypeIcon =
  | 'businessuser'
  | 'check'
  | 'checkfile'
  | 'flag'
  | 'fullStar'
  | 'gift'
  | 'globe'
  | 'halfStar'
  | 'heart'
  | 'lightbulb'
  | 'like'
  | 'loading'
  | 'signpost'
  | 'star'
  | 'stopwatch'
  | 'tag';

export type AwardWhen =
  /** Can be claimed upon course completion */
  | 'awardClaim'
  /** Award upon course completion */
  | 'courseCompletion'
  /** Awarded by third-party certificate (uploaded by learner) */
  | 'externalCertificateUpload'
  /** Award upon learning path completion */
  | 'learningPathCompletion'
  /** (internal) manual manager grant */
  | 'managerGrant'
  /** Award after a number of pages are viewed */
  | 'pageView'
  /** Award upon section completion */
  | 'sectionCompletion'
  /** Award after an amount of time spent in content */
  | 'timeSpent';

export type AwardsList = {
  __typename?: 'AwardsList';
  awards?: Maybe<Array<Maybe<Award>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type BackgroundJob = {
  __typename?: 'BackgroundJob';
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  description?: Maybe<Scalars['String']['output']>;
  errorMessage?: Maybe<Scalars['String']['output']>;
  /** The ID of the Background Job. */
  id: Scalars['ID']['output'];
  repeatable: Scalars['Boolean']['output'];
  status: BackgroundJobStatus;
  type: Scalars['String']['output'];
};

export type BackgroundJobStatus =
  | 'complete'
  | 'failed'
  | 'processing'
  | 'queued';

export type Badge = {
  __typename?: 'Badge';
  asset: Scalars['URL']['output'];
  awardThreshold: Scalars['Int']['output'];
  awardType?: Maybe<AwardType>;
  /** Returns true when the Badge is deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Badge. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

export type BadgeImage = {
  __typename?: 'BadgeImage';
  url?: Maybe<Scalars['String']['output']>;
};

export type BadgeLeader = {
  __typename?: 'BadgeLeader';
  rank?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
  user?: Maybe<User>;
};

export type BadgeLeaderboard = {
  __typename?: 'BadgeLeaderboard';
  awardType?: Maybe<AwardType>;
  currentUserPosition?: Maybe<BadgeLeader>;
  leaders?: Maybe<Array<Maybe<BadgeLeader>>>;
};

export type BalanceContentType =
  | 'courses'
  | 'learningPaths';

export type Block = {
  __typename?: 'Block';
  /** The ID of the Block. */
  id: Scalars['ID']['output'];
};

/** Contains data for a bookmark. */
export type Bookmark = {
  __typename?: 'Bookmark';
  /** The bookmark folder associated with the bookmark. */
  bookmarkFolder: BookmarkFolder;
  /** The ID of the Course. */
  course: Course;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  /** Returns true when the Bookmark is deleted. */
  deleted: Scalars['Boolean']['output'];
  /** The ID of the Bookmark. */
  id: Scalars['ID']['output'];
  /** The note of the bookmark. */
  note?: Maybe<Scalars['String']['output']>;
  /** The topic associated with the bookmark. */
  topic?: Maybe<Topic>;
  /** The ID of the Topic. */
  topicId?: Maybe<Scalars['ID']['output']>;
  /** The user who owns the bookmark. */
  user: User;
};

/** Contains data for a bookmark folder. */
export type BookmarkFolder = {
  __typename?: 'BookmarkFolder';
  /** The count of bookmarks associated with the bookmark folder. */
  bookmarkCount?: Maybe<Scalars['Int']['output']>;
  /**
   * The list of bookmarks associated with the bookmark folder.
   * @deprecated Use query `UserBookmarksByFolder`
   */
  bookmarks?: Maybe<Array<Bookmark>>;
  /** Returns true when it is the default bookmark folder. */
  defaultFolder?: Maybe<Scalars['Boolean']['output']>;
  /** Returns true when the Bookmark Folder is deleted. */
  deleted: Scalars['Boolean']['output'];
  /** The ID of the External Resource. */
  externalResourceId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Bookmark Folder. */
  id: Scalars['ID']['output'];
  /** The name of the bookmark folder. */
  name: Scalars['String']['output'];
  /** The user who owns the bookmark folder. */
  user: User;
};

export type BookmarkFolderResourceTypes =
  | 'bookmarks'
  | 'lookerDashboards'
  | 'lookerFavorites'
  | 'lookerLooks';

export type BulkImportSession = {
  __typename?: 'BulkImportSession';
  backgroundJob?: Maybe<BackgroundJob>;
  dryRun: Scalars['Boolean']['output'];
  invalidRows?: Maybe<Array<Maybe<Scalars['JSON']['output']>>>;
  validRows?: Maybe<Array<Maybe<Scalars['JSON']['output']>>>;
};

export type BulkOrder = {
  __typename?: 'BulkOrder';
  redeemedCodesCount: Scalars['Int']['output'];
  redemptionCodeGroupId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  totalCodesCount: Scalars['Int']['output'];
};

export type Bundle = {
  __typename?: 'Bundle';
  /** The ID of the Annual Plan. */
  annualPlanId?: Maybe<Scalars['ID']['output']>;
  annualPriceInCents?: Maybe<Scalars['Int']['output']>;
  /** The ID of the Bundle. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  needShippingAddress?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Plan. */
  planId?: Maybe<Scalars['ID']['output']>;
  priceInCents?: Maybe<Scalars['Int']['output']>;
  purchasable?: Maybe<Scalars['Boolean']['output']>;
  slug: Scalars['Slug']['output'];
  taxable?: Maybe<Scalars['Boolean']['output']>;
  variations?: Maybe<Array<Maybe<BundleVariation>>>;
  weight?: Maybe<Scalars['Float']['output']>;
};

export type BundleCoupon = {
  __typename?: 'BundleCoupon';
  active: Scalars['Boolean']['output'];
  amountOffInCents?: Maybe<Scalars['Int']['output']>;
  appliesToUser?: Maybe<AppliesToUser>;
  bundles: Array<Bundle>;
  code: Scalars['String']['output'];
  duration?: Maybe<CouponDuration>;
  durationInMonths?: Maybe<Scalars['Int']['output']>;
  externalCouponId?: Maybe<Scalars['String']['output']>;
  generated: Scalars['Boolean']['output'];
  /** The ID of the Bundle Coupon. */
  id: Scalars['ID']['output'];
  maxRedemptions?: Maybe<Scalars['Int']['output']>;
  percentOff?: Maybe<Scalars['Int']['output']>;
  redeemBy?: Maybe<Scalars['Date']['output']>;
  timesRedeemed?: Maybe<Scalars['Int']['output']>;
};

export type BundleVariation = {
  __typename?: 'BundleVariation';
  label?: Maybe<Scalars['String']['output']>;
};

export type Campaign = {
  __typename?: 'Campaign';
  allResources?: Maybe<Scalars['Boolean']['output']>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  /** Returns true when the Campaign is deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  emails?: Maybe<Array<Maybe<CampaignEmail>>>;
  /** The ID of the Campaign. */
  id: Scalars['ID']['output'];
  resourceIds?: Maybe<Array<Scalars['ID']['output']>>;
  resourceType: CampaignResourceType;
  resources?: Maybe<Array<CampaignResource>>;
  title: Scalars['String']['output'];
  type: CampaignType;
};

export type CampaignEmail = {
  __typename?: 'CampaignEmail';
  actionText?: Maybe<Scalars['String']['output']>;
  actionUrl?: Maybe<Scalars['URL']['output']>;
  allMeetings?: Maybe<Scalars['Boolean']['output']>;
  body: Scalars['String']['output'];
  contentEndDaysAfter?: Maybe<Scalars['Int']['output']>;
  contentEndDaysBefore?: Maybe<Scalars['Int']['output']>;
  contentStartDaysAfter?: Maybe<Scalars['Int']['output']>;
  contentStartDaysBefore?: Maybe<Scalars['Int']['output']>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  date?: Maybe<Scalars['Date']['output']>;
  days?: Maybe<Scalars['Int']['output']>;
  /** Returns true when the Campaign Email is deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  dueDateDaysAfter?: Maybe<Scalars['Int']['output']>;
  dueDateDaysBefore?: Maybe<Scalars['Int']['output']>;
  /** The ID of the Campaign Email. */
  id: Scalars['ID']['output'];
  lang?: Maybe<Scalars['String']['output']>;
  notWhen?: Maybe<CampaignUserAction>;
  notWhenSettings?: Maybe<Scalars['JSON']['output']>;
  subject: Scalars['String']['output'];
  trigger: CampaignEmailTrigger;
  userAction?: Maybe<CampaignUserAction>;
  userActionSettings?: Maybe<Scalars['JSON']['output']>;
};

export type CampaignEmailTarget = {
  __typename?: 'CampaignEmailTarget';
  campaign: Campaign;
  meeting?: Maybe<Meeting>;
  resource: CampaignResource;
  resourceType: CampaignResourceType;
  user: User;
};

export type CampaignEmailTrigger =
  /** Send days after the content end date */
  | 'contentEndDaysAfter'
  /** Send days before the content end date */
  | 'contentEndDaysBefore'
  /** Send days after the content start date */
  | 'contentStartDaysAfter'
  /** Send days before the content start date */
  | 'contentStartDaysBefore'
  /** Send on specific date */
  | 'date'
  /** Send days after a learner performs action */
  | 'days'
  /** Send days after the content due date */
  | 'dueDateDaysAfter'
  /** Send days before the content due date */
  | 'dueDateDaysBefore'
  /** Send immediately after enrollment */
  | 'realtime';

export type CampaignResource = Course | CourseGroup | LearningPath;

export type CampaignResourceType =
  /** Individual Content Items */
  | 'course'
  /** Content Groups */
  | 'courseGroup'
  /** Learning Paths */
  | 'learningPath';

export type CampaignType =
  /** In-Person Event(s) */
  | 'inPersonEvent'
  /** Content / Learning Path(s) */
  | 'standard'
  /** vILT / Webinar(s) */
  | 'vilt';

export type CampaignUserAction =
  /** failed the assessment */
  | 'courseAssessmentFailed'
  /** passed the assessment */
  | 'courseAssessmentPassed'
  /** completed the assignment */
  | 'courseAssignmentCompleted'
  /** submitted the assignment */
  | 'courseAssignmentSubmitted'
  /** earned the certificate */
  | 'courseCertificateEarned'
  /** completed the content */
  | 'courseCompleted'
  /** enrolled in the content */
  | 'courseEnrolled'
  /** received not-completed within the content */
  | 'courseNotCompleted'
  /** completed a section within the content */
  | 'courseSectionCompleted'
  /** started the content */
  | 'courseStarted'
  /** completed the learning path */
  | 'learningPathCompleted'
  /** enrolled in the learning path */
  | 'learningPathEnrolled'
  /** completed the learning path milestone */
  | 'learningPathMilestoneCompleted'
  /** received not-completed within the learning path */
  | 'learningPathNotCompleted'
  /** started the learning path */
  | 'learningPathStarted';

export type CampaignUserActionOption = {
  __typename?: 'CampaignUserActionOption';
  label: Scalars['String']['output'];
  params?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  resourceType: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type CartItem = {
  couponCode?: InputMaybe<Scalars['String']['input']>;
  interval?: InputMaybe<Scalars['String']['input']>;
  isBulkPurchase: Scalars['Boolean']['input'];
  priceInCents?: InputMaybe<Scalars['Int']['input']>;
  purchasableId: Scalars['String']['input'];
  purchasableType: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
};

export type CatalogCategory = {
  __typename?: 'CatalogCategory';
  /** The ID of the Catalog Category. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  slug: Scalars['Slug']['output'];
  subcategories?: Maybe<Array<Maybe<CatalogSubcategory>>>;
};

export type CatalogContent = {
  __typename?: 'CatalogContent';
  contentItems?: Maybe<Array<Content>>;
  meta: CatalogMeta;
};

/** Contains metadata about a requested Catalog. */
export type CatalogMeta = {
  __typename?: 'CatalogMeta';
  aggregations?: Maybe<Array<Aggregation>>;
  contentTypeFilterEnabled: Scalars['Boolean']['output'];
  /** Content Types requested in the Catalog. */
  contentTypes?: Maybe<Array<Scalars['String']['output']>>;
  debug?: Maybe<Scalars['Boolean']['output']>;
  displayAuthorsEnabled: Scalars['Boolean']['output'];
  displayBundle?: Maybe<Bundle>;
  displayDescriptionOnCalendar: Scalars['Boolean']['output'];
  displayStartDateEnabled: Scalars['Boolean']['output'];
  displayTypeCalendarEnabled: Scalars['Boolean']['output'];
  displayTypeGridEnabled: Scalars['Boolean']['output'];
  displayTypeListEnabled: Scalars['Boolean']['output'];
  hasMore: Scalars['Boolean']['output'];
  isCurated: Scalars['Boolean']['output'];
  queryCustomFields: Scalars['JSON']['output'];
  resultsDisplayType: ContentItemDisplayType;
  /** @deprecated Use `selectedSortColumn` and `selectedSortDirection` */
  selectedSort: Scalars['String']['output'];
  selectedSortColumn: SortColumn;
  selectedSortDirection: SortDirection;
  sortCourseStartDateEnabled: Scalars['Boolean']['output'];
  sortCreatedAtEnabled: Scalars['Boolean']['output'];
  sortPublishDateEnabled: Scalars['Boolean']['output'];
  sortRelevanceEnabled: Scalars['Boolean']['output'];
  sortTitleEnabled: Scalars['Boolean']['output'];
  sortUpdatedAtEnabled: Scalars['Boolean']['output'];
  tokenLabel?: Maybe<Scalars['String']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type CatalogSettings = {
  __typename?: 'CatalogSettings';
  boostRibbon?: Maybe<Scalars['String']['output']>;
  categories?: Maybe<Array<CatalogCategory>>;
  contentTypeFilterEnabled?: Maybe<Scalars['Boolean']['output']>;
  defaultQuery?: Maybe<Scalars['String']['output']>;
  defaultSort?: Maybe<Scalars['String']['output']>;
  displayAuthorsEnabled?: Maybe<Scalars['Boolean']['output']>;
  displayBundle?: Maybe<Array<Bundle>>;
  /** The ID of the Display Bundle. */
  displayBundleId?: Maybe<Scalars['ID']['output']>;
  displayStartDateEnabled?: Maybe<Scalars['Boolean']['output']>;
  displayTypeCalendarEnabled?: Maybe<Scalars['Boolean']['output']>;
  displayTypeGridEnabled?: Maybe<Scalars['Boolean']['output']>;
  displayTypeListEnabled?: Maybe<Scalars['Boolean']['output']>;
  hidePastEvents?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Catalog Settings. */
  id: Scalars['ID']['output'];
  onlyDisplayAccessibleContent?: Maybe<Scalars['Boolean']['output']>;
  resultsDisplayType: ContentItemDisplayType;
  sortCourseStartDateEnabled?: Maybe<Scalars['Boolean']['output']>;
  sortCreatedAtEnabled?: Maybe<Scalars['Boolean']['output']>;
  sortPublishDateEnabled?: Maybe<Scalars['Boolean']['output']>;
  sortRelevanceEnabled?: Maybe<Scalars['Boolean']['output']>;
  sortTitleEnabled?: Maybe<Scalars['Boolean']['output']>;
  sortUpdatedAtEnabled?: Maybe<Scalars['Boolean']['output']>;
};

export type CatalogSubcategory = {
  __typename?: 'CatalogSubcategory';
  description?: Maybe<Scalars['String']['output']>;
  /** The ID of the Catalog Subcategory. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  query: Scalars['String']['output'];
  slug: Scalars['Slug']['output'];
};

export type CatalogVisibilityContentKind =
  /** CourseGroup(s) */
  | 'courseGroups'
  /** Learning Path(s) */
  | 'learningPaths';

export type CentralLibraryItem = {
  __typename?: 'CentralLibraryItem';
  body?: Maybe<Scalars['String']['output']>;
  certificateTemplateCss?: Maybe<Scalars['String']['output']>;
  certificateTemplateLabels: Array<CertificateTemplateLabel>;
  certificateTemplateSupplementalAssets: Array<Scalars['URL']['output']>;
  company: Scalars['ID']['output'];
  contentType?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  /** Returns true when the Central Library Item is deleted. */
  deleted: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  fileName?: Maybe<Scalars['String']['output']>;
  /** The ID of the Central Library Item. */
  id: Scalars['ID']['output'];
  imageAltText?: Maybe<Scalars['String']['output']>;
  imageCaption?: Maybe<Scalars['String']['output']>;
  imageLink?: Maybe<Scalars['String']['output']>;
  imageNewTab: Scalars['Boolean']['output'];
  imageTitle?: Maybe<Scalars['String']['output']>;
  isNew?: Maybe<Scalars['Boolean']['output']>;
  locations?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  revisionOf?: Maybe<Scalars['String']['output']>;
  tags?: Maybe<Array<Maybe<Tag>>>;
  title?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
  version?: Maybe<Scalars['Int']['output']>;
};

export type Certificate = {
  __typename?: 'Certificate';
  certificateTemplate?: Maybe<CertificateTemplate>;
  contentItem?: Maybe<Content>;
  /** Returns true when the Certificate is deleted. */
  deleted: Scalars['Boolean']['output'];
  didExpire: Scalars['Boolean']['output'];
  expirationDate?: Maybe<Scalars['Date']['output']>;
  externalResourceTitle?: Maybe<Scalars['String']['output']>;
  /** The ID of the Certificate. */
  id: Scalars['ID']['output'];
  identifier?: Maybe<Scalars['String']['output']>;
  isExpired: Scalars['Boolean']['output'];
  isExternal: Scalars['Boolean']['output'];
  issuedAt: Scalars['Date']['output'];
  pdfAsset?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  progressWasReset: Scalars['Boolean']['output'];
  recertificationDate?: Maybe<Scalars['Date']['output']>;
  resource?: Maybe<CertificateResource>;
  /** The ID of the Resource. */
  resourceId?: Maybe<Scalars['ID']['output']>;
  resourceType?: Maybe<CertificateResourceType>;
  resourceTypeLabel?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  url: Scalars['AbsoluteOrRelativeURL']['output'];
  user: User;
};

export type CertificateDateFormatType =
  /** DD-MM-YYYY (ex. 25-07-2019) */
  | 'euroShort'
  /** YYYY-MM-DD (ex. 2019-07-25) */
  | 'iso8601'
  /** MMMM DD, YYYY (ex. July 25, 2019) */
  | 'usLong'
  /** MM-DD-YYYY (ex. 07-25-2019) */
  | 'usShort';

export type CertificateField = {
  __typename?: 'CertificateField';
  awardType?: Maybe<AwardType>;
  /** The ID of the Award Type. */
  awardTypeId?: Maybe<Scalars['ID']['output']>;
  customField?: Maybe<CustomField>;
  customFieldSlug?: Maybe<Scalars['Slug']['output']>;
  dateFormat?: Maybe<CertificateDateFormatType>;
  hasIdentifierPrefix?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Certificate Field. */
  id: Scalars['ID']['output'];
  identifierBodyLength?: Maybe<Scalars['Int']['output']>;
  identifierPrefix?: Maybe<Scalars['String']['output']>;
  includeOnExternalCertificate: Scalars['Boolean']['output'];
  includeOnTranscript: Scalars['Boolean']['output'];
  label: Scalars['String']['output'];
  sessionCustomContentFieldSlug?: Maybe<Scalars['Slug']['output']>;
  text?: Maybe<Scalars['String']['output']>;
  type: CertificateFieldType;
  userCustomField?: Maybe<UserCustomField>;
  userCustomFieldSlug?: Maybe<Scalars['Slug']['output']>;
};

export type CertificateFieldType =
  /** Award Type */
  | 'awardLabel'
  /** Content Completion Date */
  | 'contentCompletionDate'
  /** Custom Content Field */
  | 'contentFieldLabel'
  /** Content Start Date */
  | 'contentStartDate'
  /** Content Title */
  | 'courseLabel'
  /** Certificate Issued Date */
  | 'dateLabel'
  /** Certificate Expiration Date */
  | 'expirationDateLabel'
  /** Unique Identifier */
  | 'identifier'
  /** Learner Client Name */
  | 'learnerClientNameLabel'
  /** Learner Name */
  | 'nameLabel'
  /** Session Custom Content Field */
  | 'sessionCustomContentField'
  /** Link to Add Certificate to LinkedIn */
  | 'shareToLinkedIn'
  /** Short Text */
  | 'textLabel'
  /** Custom Learner Field */
  | 'userFieldLabel'
  /** Learner Ref 1 */
  | 'userRef1Label'
  /** Learner Ref 2 */
  | 'userRef2Label'
  /** Learner Ref 3 */
  | 'userRef3Label'
  /** Learner Ref 4 */
  | 'userRef4Label'
  /** Learner Ref 5 */
  | 'userRef5Label'
  /** Learner Ref 6 */
  | 'userRef6Label'
  /** Learner Ref 7 */
  | 'userRef7Label'
  /** Learner Ref 8 */
  | 'userRef8Label'
  /** Learner Ref 9 */
  | 'userRef9Label'
  /** Learner Ref 10 */
  | 'userRef10Label'
  /** Link to View Certificate */
  | 'viewCertificateLink';

export type CertificateResource = Course | LearningPath;

export type CertificateResourceType =
  | 'course'
  | 'learningPath';

export type CertificateTemplate = {
  __typename?: 'CertificateTemplate';
  asset?: Maybe<Scalars['URL']['output']>;
  /** The ID of the Asset Library. */
  assetLibraryId?: Maybe<Scalars['ID']['output']>;
  customCss?: Maybe<Scalars['String']['output']>;
  expirationDate?: Maybe<Scalars['Date']['output']>;
  expirationDays?: Maybe<Scalars['Int']['output']>;
  /** The ID of the Certificate Template. */
  id: Scalars['ID']['output'];
  isExpired: Scalars['Boolean']['output'];
  labels?: Maybe<Array<Maybe<CertificateTemplateLabel>>>;
  recertificationAction?: Maybe<CertificateTemplateRecertificationActionType>;
  recertificationActionText?: Maybe<Scalars['String']['output']>;
  recertificationActionUrl?: Maybe<Scalars['URL']['output']>;
  recertificationAfterDays?: Maybe<Scalars['Int']['output']>;
  recertificationAutoReset?: Maybe<Scalars['Boolean']['output']>;
  recertificationInstructions?: Maybe<Scalars['String']['output']>;
  resource: CertificateTemplateResource;
  resourceType: CertificateTemplateResourceType;
  supplementalAssets?: Maybe<Array<Scalars['URL']['output']>>;
  title?: Maybe<Scalars['String']['output']>;
  userCustomField?: Maybe<UserCustomField>;
  userCustomFieldSlug?: Maybe<Scalars['Slug']['output']>;
  userCustomFieldValue?: Maybe<Scalars['String']['output']>;
};

export type CertificateTemplateLabel = {
  __typename?: 'CertificateTemplateLabel';
  certificateField?: Maybe<CertificateField>;
  certificateFieldId: Scalars['ID']['output'];
  fontColor: Scalars['HexColor']['output'];
  fontSize: Scalars['Int']['output'];
  /** The ID of the Certificate Template Label. */
  id: Scalars['ID']['output'];
  textAlign: TextAlignment;
  x: Scalars['Int']['output'];
  y: Scalars['Int']['output'];
};

export type CertificateTemplateRecertificationActionType =
  /** Custom action text & URL */
  | 'actionUrl'
  /** Recertify in current Session */
  | 'recertifyInSession'
  /** Reset progress in Content */
  | 'resetProgress';

export type CertificateTemplateResource = Course | LearningPath;

export type CertificateTemplateResourceType =
  | 'course'
  | 'learningPath';

export type CertificateUploadField = {
  awardAmount?: InputMaybe<Scalars['Float']['input']>;
  awardTypeId?: InputMaybe<Scalars['ID']['input']>;
  certificateFieldId: Scalars['ID']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
  type: CertificateFieldType;
  value?: InputMaybe<Scalars['String']['input']>;
};

export type Charge = {
  __typename?: 'Charge';
  amountRefundedInCents: Scalars['Int']['output'];
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  currencySymbol?: Maybe<Scalars['String']['output']>;
  customer: Scalars['String']['output'];
  customerEmail: Scalars['String']['output'];
  customerFirstName?: Maybe<Scalars['String']['output']>;
  customerLastName?: Maybe<Scalars['String']['output']>;
  failed: Scalars['Boolean']['output'];
  /** The ID of the Charge. */
  id: Scalars['ID']['output'];
  items?: Maybe<Array<ChargeItem>>;
  journalEntries?: Maybe<Array<ChargeJournalEntry>>;
  netInCents: Scalars['Int']['output'];
  /** The ID of the Order. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Stripe. */
  stripeId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the System. */
  systemId?: Maybe<Scalars['ID']['output']>;
  totalInCents: Scalars['Int']['output'];
  totalTaxInCents?: Maybe<Scalars['Int']['output']>;
};

export type ChargeItem = {
  __typename?: 'ChargeItem';
  amountInCents: Scalars['Int']['output'];
  amountRefundedInCents: Scalars['Int']['output'];
  appliedDiscountName?: Maybe<Scalars['String']['output']>;
  appliedDiscountRateAmount?: Maybe<Scalars['Float']['output']>;
  appliedDiscountType?: Maybe<Scalars['String']['output']>;
  couponCode?: Maybe<Scalars['String']['output']>;
  currencySymbol?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  discountInCents: Scalars['Int']['output'];
  giftRecipientEmail?: Maybe<Scalars['String']['output']>;
  hasRefund: Scalars['Boolean']['output'];
  hidePrice: Scalars['Boolean']['output'];
  initialPriceInCents: Scalars['Int']['output'];
  isRefundable: Scalars['Boolean']['output'];
  netAmountInCents: Scalars['Int']['output'];
  /** The ID of the Plan. */
  planId?: Maybe<Scalars['ID']['output']>;
  productTaxCode?: Maybe<Scalars['String']['output']>;
  /** The ID of the Purchasable. */
  purchasableId?: Maybe<Scalars['ID']['output']>;
  purchasableType?: Maybe<Scalars['String']['output']>;
  quantity?: Maybe<Scalars['Int']['output']>;
  refunded?: Maybe<Scalars['String']['output']>;
  refundedFully: Scalars['Boolean']['output'];
  refundedPartially: Scalars['Boolean']['output'];
  sku?: Maybe<Scalars['String']['output']>;
  slug?: Maybe<Scalars['String']['output']>;
  /** The ID of the Subscribable. */
  subscribableId?: Maybe<Scalars['ID']['output']>;
  subscribableType?: Maybe<Scalars['String']['output']>;
  /** The ID of the System. */
  systemId?: Maybe<Scalars['ID']['output']>;
  translatedVariationLabel?: Maybe<Scalars['String']['output']>;
  variationLabel?: Maybe<Scalars['String']['output']>;
};

export type ChargeJournalEntry = {
  __typename?: 'ChargeJournalEntry';
  amountInCents: Scalars['Int']['output'];
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  currencySymbol?: Maybe<Scalars['String']['output']>;
  /** The ID of the Charge Journal Entry. */
  id: Scalars['ID']['output'];
  refundedItemId?: Maybe<Scalars['String']['output']>;
  /** The ID of the Stripe. */
  stripeId?: Maybe<Scalars['ID']['output']>;
  transactionType?: Maybe<Scalars['String']['output']>;
};

export type Client = {
  __typename?: 'Client';
  allocatedCredits?: Maybe<Scalars['Float']['output']>;
  appearance?: Maybe<AppearanceSettings>;
  autoFilterForSelectedLanguage?: Maybe<Scalars['Boolean']['output']>;
  catalog?: Maybe<CatalogSettings>;
  clientAdminAllocatableLearningPaths: Array<Scalars['ID']['output']>;
  clientSubscriptionNeedsSetup?: Maybe<Scalars['Boolean']['output']>;
  courseIds?: Maybe<Array<Scalars['ID']['output']>>;
  courseTagIds?: Maybe<Array<Scalars['ID']['output']>>;
  courseTags?: Maybe<Array<Tag>>;
  courses?: Maybe<Array<Course>>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  currentBalance?: Maybe<Scalars['Float']['output']>;
  currentUserManagerAllocatedLicenseTree?: Maybe<Array<LicenseNode>>;
  customHost?: Maybe<Scalars['String']['output']>;
  /** The ID of the Dashboard Layout. */
  dashboardLayoutId?: Maybe<Scalars['ID']['output']>;
  defaultLanguage?: Maybe<Scalars['String']['output']>;
  disabled: Scalars['Boolean']['output'];
  emailLayout?: Maybe<EmailLayoutSettings>;
  enableBranding: Scalars['Boolean']['output'];
  enableCommunitiesSegmentation?: Maybe<Scalars['Boolean']['output']>;
  enableContentDetailPage?: Maybe<Scalars['Boolean']['output']>;
  enableCreditPurchasing?: Maybe<Scalars['Boolean']['output']>;
  enableCustomEmailSettings?: Maybe<Scalars['Boolean']['output']>;
  enableDiscussions?: Maybe<Scalars['Boolean']['output']>;
  enableEcommerce: Scalars['Boolean']['output'];
  enableGlobalLinks: Scalars['Boolean']['output'];
  enableLicenseDashboards?: Maybe<Scalars['Boolean']['output']>;
  enableNavLinks: Scalars['Boolean']['output'];
  enableOnboardingSurvey: Scalars['Boolean']['output'];
  enableRecommendationAssessment?: Maybe<Scalars['Boolean']['output']>;
  enableSegmentation: Scalars['Boolean']['output'];
  /** The ID of the Client. */
  id: Scalars['ID']['output'];
  languageSelectorEnabled?: Maybe<Scalars['Boolean']['output']>;
  languages?: Maybe<Array<Scalars['String']['output']>>;
  learningPathIds?: Maybe<Array<Scalars['ID']['output']>>;
  learningPaths?: Maybe<Array<LearningPath>>;
  licenseEndDate?: Maybe<Scalars['Date']['output']>;
  licenseTree?: Maybe<Array<LicenseNode>>;
  licenses?: Maybe<Array<License>>;
  name: Scalars['String']['output'];
  notificationEmails?: Maybe<Scalars['String']['output']>;
  panorama: Scalars['Boolean']['output'];
  pendingJobs?: Maybe<Array<Maybe<BackgroundJob>>>;
  primaryLicense?: Maybe<License>;
  purchasableContentIds?: Maybe<Array<Scalars['ID']['output']>>;
  purchasableTags?: Maybe<Array<Tag>>;
  /** The ID of the Redemption Layout. */
  redemptionLayoutId?: Maybe<Scalars['ID']['output']>;
  schoolName?: Maybe<Scalars['String']['output']>;
  seatsAllocatedCount?: Maybe<Scalars['Int']['output']>;
  seatsLimit?: Maybe<Scalars['Int']['output']>;
  seatsUsedCount?: Maybe<Scalars['Int']['output']>;
  secretKey?: Maybe<Scalars['String']['output']>;
  sku?: Maybe<Scalars['String']['output']>;
  slug: Scalars['Slug']['output'];
  sso?: Maybe<SsoSettings>;
  startingBalance?: Maybe<Scalars['Float']['output']>;
  tags?: Maybe<Array<Tag>>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
};

export type ClientSubscription = {
  __typename?: 'ClientSubscription';
  /** The ID of the Client Subscription. */
  id: Scalars['ID']['output'];
  seatPackages?: Maybe<Array<SeatPackage>>;
  seatTiers?: Maybe<Array<SeatTier>>;
};

export type ClientSubscriptionInvoiceProration = {
  __typename?: 'ClientSubscriptionInvoiceProration';
  lineItems?: Maybe<Array<ClientSubscriptionInvoiceProrationLineItem>>;
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  priceInCentsAtRenewal: Scalars['Int']['output'];
  priceInCentsDueNow: Scalars['Int']['output'];
  prorationDate: Scalars['Date']['output'];
  seats: Scalars['Int']['output'];
};

export type ClientSubscriptionInvoiceProrationLineItem = {
  __typename?: 'ClientSubscriptionInvoiceProrationLineItem';
  description: Scalars['String']['output'];
  priceInCents: Scalars['Int']['output'];
};

export type ClientSubscriptionUpcomingInvoice = {
  __typename?: 'ClientSubscriptionUpcomingInvoice';
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  priceInCents: Scalars['Int']['output'];
  seats: Scalars['Int']['output'];
  subscriptionId: Scalars['ID']['output'];
  subscriptionItemId: Scalars['ID']['output'];
};

export type ClientToggleType =
  | 'enableBranding'
  | 'enableCommunitiesSegmentation'
  | 'enableCreditPurchasing'
  | 'enableDiscussions'
  | 'enableEcommerce'
  | 'enableGlobalLinks'
  | 'enableNavLinks'
  | 'enableOnboardingSurvey'
  | 'enableRecommendationAssessment'
  | 'enableSegmentation';

export type ClientsList = {
  __typename?: 'ClientsList';
  aggregations?: Maybe<Array<Aggregation>>;
  clients?: Maybe<Array<Client>>;
  pageInfo?: Maybe<PageInfo>;
};

export type CloudConvertStatus =
  | 'error'
  | 'finished'
  | 'processing';

export type CloudConvertStatusDetails = {
  __typename?: 'CloudConvertStatusDetails';
  convertedAssets?: Maybe<Array<Scalars['URL']['output']>>;
  processingStatus?: Maybe<CloudConvertStatus>;
};

export type CloudflareCertificate = {
  __typename?: 'CloudflareCertificate';
  expiresOn?: Maybe<Scalars['Date']['output']>;
  hostname: Scalars['String']['output'];
  /** The ID of the Cloudflare Certificate. */
  id: Scalars['ID']['output'];
  ownershipStatus: Scalars['String']['output'];
  ownershipVerificationErrors: Array<Scalars['String']['output']>;
  sslMethod: Scalars['String']['output'];
  sslStatus: Scalars['String']['output'];
  sslValidationErrors: Array<Scalars['String']['output']>;
  uploadedOn?: Maybe<Scalars['Date']['output']>;
};

export type Comment = {
  __typename?: 'Comment';
  asset?: Maybe<Scalars['URL']['output']>;
  assetFileName?: Maybe<Scalars['String']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  childComments?: Maybe<CommentsList>;
  commentable: Commentable;
  commentableId: Scalars['ID']['output'];
  commentableType: CommentableType;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Comment. */
  id: Scalars['ID']['output'];
  likesCount?: Maybe<Scalars['Int']['output']>;
  notificationsEnabled: Scalars['Boolean']['output'];
  parentComment?: Maybe<Comment>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
  user: User;
  /** The ID of the User Like. */
  userLikeId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Video Asset. */
  videoAsset?: Maybe<Scalars['ID']['output']>;
};

export type Commentable = Thread | Topic;

export type CommentableType =
  | 'assignment'
  | 'assignmentSubmission'
  | 'discussionBoard'
  | 'thread'
  | 'widgetThread';

export type CommentsList = {
  __typename?: 'CommentsList';
  comments?: Maybe<Array<Comment>>;
  pageInfo: PageInfo;
};

export type Company = {
  __typename?: 'Company';
  appearanceSettings?: Maybe<AppearanceSettings>;
  catalogBlock?: Maybe<Block>;
  catalogVisibilityEmails?: Maybe<Array<Scalars['String']['output']>>;
  copyrightName?: Maybe<Scalars['String']['output']>;
  /** The ID of the Company. */
  id: Scalars['ID']['output'];
  micrositeFooter?: Maybe<MicrositeBlock>;
  micrositeHeader?: Maybe<MicrositeBlock>;
  name?: Maybe<Scalars['String']['output']>;
  organization?: Maybe<Organization>;
  rootLayout?: Maybe<RootLayout>;
  schoolName?: Maybe<Scalars['String']['output']>;
  subdomain?: Maybe<Scalars['String']['output']>;
};

export type CompanyDetails = {
  __typename?: 'CompanyDetails';
  name?: Maybe<Scalars['String']['output']>;
  settings?: Maybe<AppearanceSettings>;
  subdomain?: Maybe<Scalars['String']['output']>;
};

export type CompanySecuritySettings = {
  __typename?: 'CompanySecuritySettings';
  apiKey?: Maybe<Scalars['String']['output']>;
  cspEnabled: Scalars['Boolean']['output'];
  cspReportOnly: Scalars['Boolean']['output'];
  cspReportUri?: Maybe<Scalars['URL']['output']>;
  cspSrcs?: Maybe<Array<ContentSecurityPolicySrc>>;
  frameOptions?: Maybe<FrameOption>;
  /** The ID of the Company Security Settings. */
  id: Scalars['ID']['output'];
  password?: Maybe<Scalars['String']['output']>;
  secondaryApiKey?: Maybe<Scalars['String']['output']>;
  securityVolumeRequestLimitDisabled: Scalars['Boolean']['output'];
};

export type CompetencyAssessment = {
  __typename?: 'CompetencyAssessment';
  continueAfterTimerExpires: Scalars['Boolean']['output'];
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  failMessage?: Maybe<Scalars['String']['output']>;
  /** The ID of the Competency Assessment. */
  id: Scalars['ID']['output'];
  isGraded: Scalars['Boolean']['output'];
  minimumPassingPercentage?: Maybe<Scalars['Int']['output']>;
  passMessage?: Maybe<Scalars['String']['output']>;
  questions?: Maybe<Array<CompetencyAssessmentQuestion>>;
  resourceItems?: Maybe<Array<CompetencyAssessmentResource>>;
  resources?: Maybe<Array<Resource>>;
  sku?: Maybe<Scalars['String']['output']>;
  timeLimitInSeconds?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type CompetencyAssessmentList = {
  __typename?: 'CompetencyAssessmentList';
  competencyAssessments?: Maybe<Array<CompetencyAssessment>>;
  pageInfo: PageInfo;
};

export type CompetencyAssessmentQuestion = {
  __typename?: 'CompetencyAssessmentQuestion';
  body: Scalars['String']['output'];
  choices?: Maybe<Scalars['JSON']['output']>;
  /** The ID of the Competency Assessment Question. */
  id: Scalars['ID']['output'];
  mustSelectAllCorrectChoices: Scalars['Boolean']['output'];
  type: CompetencyAssessmentQuestionType;
};

export type CompetencyAssessmentQuestionType =
  | 'dropDown'
  | 'multipleChoice'
  | 'selectBoxes';

export type CompetencyAssessmentResource = Layout | LearningPath;

export type CompetencyAssessmentResourceResponseType =
  | 'milestone';

export type CompetencyAssessmentResponse = {
  __typename?: 'CompetencyAssessmentResponse';
  answeredCount?: Maybe<Scalars['Int']['output']>;
  competencyAssessment: Scalars['ID']['output'];
  correctAnswerCount?: Maybe<Scalars['Int']['output']>;
  grade?: Maybe<Scalars['Float']['output']>;
  /** The ID of the Competency Assessment Response. */
  id: Scalars['ID']['output'];
  incorrectAnswerCount?: Maybe<Scalars['Int']['output']>;
  passed: Scalars['Boolean']['output'];
  questions?: Maybe<Array<CompetencyAssessmentResponseQuestion>>;
  resourceId: Scalars['ID']['output'];
  timeElapsedInSeconds?: Maybe<Scalars['Int']['output']>;
};

export type CompetencyAssessmentResponseQuestion = {
  __typename?: 'CompetencyAssessmentResponseQuestion';
  body: Scalars['String']['output'];
  choices?: Maybe<Scalars['JSON']['output']>;
  /** The ID of the Competency Assessment Response Question. */
  id: Scalars['ID']['output'];
  mustSelectAllCorrectChoices: Scalars['Boolean']['output'];
  type: CompetencyAssessmentQuestionType;
};

export type CompetencyAssessmentResponseQuestionInput = {
  body: Scalars['String']['input'];
  choices?: InputMaybe<Scalars['JSON']['input']>;
  id: Scalars['ID']['input'];
  mustSelectAllCorrectChoices: Scalars['Boolean']['input'];
  type: CompetencyAssessmentQuestionType;
};

export type Content = {
  __typename?: 'Content';
  acceptBadgeUrl?: Maybe<Scalars['String']['output']>;
  altDescriptionBody?: Maybe<Scalars['String']['output']>;
  alternativePricingRef?: Maybe<Scalars['Int']['output']>;
  alternativePricingType?: Maybe<AlternativePricingType>;
  asset?: Maybe<Scalars['String']['output']>;
  authors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  authorsAndInstructors?: Maybe<Array<Scalars['String']['output']>>;
  availabilityStatus?: Maybe<Scalars['String']['output']>;
  badgeName?: Maybe<Scalars['String']['output']>;
  badgeUrl?: Maybe<Scalars['String']['output']>;
  bulkPurchasingEnabled?: Maybe<Scalars['Boolean']['output']>;
  canAddToQueue?: Maybe<Scalars['Boolean']['output']>;
  contentTypeAssetAspectRatio?: Maybe<Scalars['String']['output']>;
  contentTypeLabel?: Maybe<Scalars['String']['output']>;
  courseEndDate?: Maybe<Scalars['Date']['output']>;
  courseGracePeriodEnded: Scalars['Boolean']['output'];
  courseGroup?: Maybe<Scalars['String']['output']>;
  coursePresold: Scalars['Boolean']['output'];
  courseStartDate?: Maybe<Scalars['Date']['output']>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  credlyBadgeExpiresAt?: Maybe<Scalars['Date']['output']>;
  currentUserDueDate?: Maybe<Scalars['Date']['output']>;
  currentUserMayReschedule: Scalars['Boolean']['output'];
  currentUserUnmetCoursePrerequisites?: Maybe<Array<Maybe<Scalars['ID']['output']>>>;
  currentUserUnmetLearningPathPrerequisites?: Maybe<Array<Maybe<Scalars['ID']['output']>>>;
  customFields?: Maybe<Scalars['JSON']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The ID of the Display Course. */
  displayCourse?: Maybe<Scalars['ID']['output']>;
  displayCourseSlug?: Maybe<Scalars['Slug']['output']>;
  displayDate?: Maybe<Scalars['Date']['output']>;
  embeddedEnabled?: Maybe<Scalars['Boolean']['output']>;
  enrollmentCount?: Maybe<Scalars['Int']['output']>;
  enrollmentEndDate?: Maybe<Scalars['Date']['output']>;
  enrollmentStartDate?: Maybe<Scalars['Date']['output']>;
  expiresAt?: Maybe<Scalars['Date']['output']>;
  freeWithRegistration?: Maybe<Scalars['Boolean']['output']>;
  hasChildren: Scalars['Boolean']['output'];
  hideCourseDescription: Scalars['Boolean']['output'];
  /** The ID of the Content. */
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  isActive: Scalars['Boolean']['output'];
  issuedAt?: Maybe<Scalars['Date']['output']>;
  kind?: Maybe<ContentKind>;
  language?: Maybe<Scalars['String']['output']>;
  location?: Maybe<Location>;
  meetingStartDate?: Maybe<Scalars['Date']['output']>;
  metaDescription?: Maybe<Scalars['String']['output']>;
  metaTitle?: Maybe<Scalars['String']['output']>;
  priceInCents?: Maybe<Scalars['Int']['output']>;
  publishDate?: Maybe<Scalars['Date']['output']>;
  rating?: Maybe<Scalars['Int']['output']>;
  ribbon?: Maybe<Ribbon>;
  seatsLimit?: Maybe<Scalars['Int']['output']>;
  sessionTitle?: Maybe<Scalars['String']['output']>;
  sku?: Maybe<Scalars['String']['output']>;
  slug: Scalars['Slug']['output'];
  source?: Maybe<Scalars['String']['output']>;
  state?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Status>;
  suggestedRetailPriceInCents?: Maybe<Scalars['Int']['output']>;
  tags?: Maybe<Array<Maybe<Tag>>>;
  timeZone?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
  url?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  waitlistCount?: Maybe<Scalars['Int']['output']>;
  waitlistingEnabled: Scalars['Boolean']['output'];
  waitlistingTriggered: Scalars['Boolean']['output'];
};

export type ContentBody = {
  __typename?: 'ContentBody';
  body: Scalars['String']['output'];
  /** The ID of the Content Body. */
  id: Scalars['ID']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ContentGenerationType =
  | 'questions'
  | 'richText';

export type ContentGroup = {
  __typename?: 'ContentGroup';
  count: Scalars['Int']['output'];
  kind: ContentGroupKind;
};

export type ContentGroupKind =
  | 'archivedContentItems'
  | 'bookmarkFolders'
  | 'certificates'
  | 'completedItems'
  | 'contentItems'
  | 'credlyBadgeCourses'
  | 'eventItems'
  | 'learningPaths'
  | 'waitlistedCourses';

export type ContentItem = {
  __typename?: 'ContentItem';
  asset?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  authors?: Maybe<Array<Scalars['String']['output']>>;
  bulkPurchasingEnabled?: Maybe<Scalars['Boolean']['output']>;
  canAddToQueue?: Maybe<Scalars['Boolean']['output']>;
  contentTypeLabel?: Maybe<Scalars['String']['output']>;
  courseGracePeriodEnded?: Maybe<Scalars['Boolean']['output']>;
  coursePresold?: Maybe<Scalars['Boolean']['output']>;
  courseStartDate?: Maybe<Scalars['Date']['output']>;
  currentUserUnmetCoursePrerequisites?: Maybe<Array<Maybe<Scalars['ID']['output']>>>;
  currentUserUnmetLearningPathPrerequisites?: Maybe<Array<Maybe<Scalars['ID']['output']>>>;
  description?: Maybe<Scalars['String']['output']>;
  /** The ID of the Display Course. */
  displayCourse?: Maybe<Scalars['ID']['output']>;
  displayCourseSlug?: Maybe<Scalars['String']['output']>;
  embeddedEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Content Item. */
  id: Scalars['ID']['output'];
  kind?: Maybe<ContentKind>;
  publishDate?: Maybe<Scalars['Date']['output']>;
  rating?: Maybe<Scalars['Int']['output']>;
  slug?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  timeZone?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

export type ContentItemDisplayType =
  | 'calendar'
  | 'grid'
  | 'list';

export type ContentItemType =
  | 'course'
  | 'courseGroup'
  | 'learningPath';

export type ContentKind =
  | 'article'
  | 'bundle'
  | 'course'
  | 'courseGroup'
  | 'discountGroup'
  | 'inPersonEvent'
  | 'inPersonEventCourse'
  | 'learningPath'
  | 'microCourse'
  | 'pickableGroup'
  | 'product'
  | 'sellable'
  | 'shareableContentObject'
  | 'video'
  | 'webinar'
  | 'webinarCourse'
  | 'xApiObject';

export type ContentList = {
  __typename?: 'ContentList';
  contentItems?: Maybe<Array<Maybe<Content>>>;
  pageInfo?: Maybe<CursorPageInfo>;
};

export type ContentOrTopicEnum =
  | 'course'
  | 'topic';

export type ContentReportLink = {
  __typename?: 'ContentReportLink';
  children?: Maybe<Array<Scalars['String']['output']>>;
  label: Scalars['String']['output'];
  legacyRoute?: Maybe<Scalars['String']['output']>;
  route?: Maybe<Scalars['String']['output']>;
};

export type ContentReportLinkResourceType =
  | 'competencyAssessment'
  | 'course'
  | 'learningPath'
  | 'shareableContentObject'
  | 'xApiObject';

export type ContentSearchResults = {
  __typename?: 'ContentSearchResults';
  aggregations?: Maybe<Array<Maybe<Aggregation>>>;
  contentItems?: Maybe<Array<Maybe<Content>>>;
  displayBundle?: Maybe<DisplayBundle>;
  isCurated?: Maybe<Scalars['Boolean']['output']>;
  pageInfo?: Maybe<PageInfo>;
  resultsDisplayType?: Maybe<ContentItemDisplayType>;
  selectedSort?: Maybe<Scalars['String']['output']>;
  tokenLabel?: Maybe<Scalars['String']['output']>;
};

export type ContentSearchType =
  | 'bundles'
  | 'courseGroups'
  | 'courses'
  | 'discountGroups'
  | 'learningPaths'
  | 'pickableGroups'
  | 'products';

export type ContentSecurityPolicySrc = {
  __typename?: 'ContentSecurityPolicySrc';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type ContentSecurityPolicySrcInput = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type ContentSubscription = {
  __typename?: 'ContentSubscription';
  amountInCents?: Maybe<Scalars['Int']['output']>;
  canceledAt?: Maybe<Scalars['Int']['output']>;
  currentPeriodEnd?: Maybe<Scalars['Date']['output']>;
  currentPeriodStart?: Maybe<Scalars['Date']['output']>;
  humanPrice?: Maybe<Scalars['String']['output']>;
  /** The ID of the Content Subscription. */
  id?: Maybe<Scalars['String']['output']>;
  interval?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  planId?: Maybe<Scalars['String']['output']>;
  variation?: Maybe<Scalars['String']['output']>;
};

export type ContentSubscriptionInput = {
  id: Scalars['ID']['input'];
  interval: Scalars['String']['input'];
};

export type ContentTabs = {
  __typename?: 'ContentTabs';
  /** The ID of the Content Tabs. */
  id: Scalars['ID']['output'];
  tabs?: Maybe<Array<Tab>>;
};

export type ContentType = {
  __typename?: 'ContentType';
  assetAspectRatio?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  templateName?: Maybe<Scalars['String']['output']>;
  usageCount?: Maybe<Scalars['Int']['output']>;
};

export type ContentTypeInput = {
  assetAspectRatio?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind: Scalars['String']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
};

export type Coupon = {
  __typename?: 'Coupon';
  active?: Maybe<Scalars['Boolean']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  /** The ID of the Coupon. */
  id: Scalars['ID']['output'];
};

export type CouponDuration =
  | 'forever'
  | 'once'
  | 'repeating';

export type Course = {
  __typename?: 'Course';
  accessDays?: Maybe<Scalars['Int']['output']>;
  alternativePricingRef?: Maybe<Scalars['Int']['output']>;
  alternativePricingType?: Maybe<AlternativePricingType>;
  /** The ID of the Appearance Block. */
  appearanceBlock?: Maybe<Scalars['ID']['output']>;
  appearanceHash?: Maybe<Scalars['String']['output']>;
  askLearnerPassword?: Maybe<Scalars['Boolean']['output']>;
  availabilityStatus?: Maybe<Scalars['String']['output']>;
  awardClaimingOptions?: Maybe<Array<CourseAwardClaimingOption>>;
  balanceRequirement?: Maybe<Scalars['Float']['output']>;
  bulkPurchasingEnabled: Scalars['Boolean']['output'];
  completionTimePerPage?: Maybe<Scalars['Int']['output']>;
  /** The ID of the Confirmation Block. */
  confirmationBlock?: Maybe<Scalars['ID']['output']>;
  courseEndDate?: Maybe<Scalars['Date']['output']>;
  courseGroup?: Maybe<CourseGroup>;
  courseGroupTitle?: Maybe<Scalars['String']['output']>;
  courseStartDate?: Maybe<Scalars['Date']['output']>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  currentUserHasAccess: Scalars['Boolean']['output'];
  customFields?: Maybe<Scalars['JSON']['output']>;
  discussionsEnabled?: Maybe<Scalars['Boolean']['output']>;
  displayMap: Scalars['Boolean']['output'];
  displayResults: Scalars['Boolean']['output'];
  embeddedEnabled?: Maybe<Scalars['Boolean']['output']>;
  enrollmentActive?: Maybe<Scalars['Boolean']['output']>;
  enrollmentEndDate?: Maybe<Scalars['Date']['output']>;
  enrollmentStartDate?: Maybe<Scalars['Date']['output']>;
  finalAssessment?: Maybe<Scalars['String']['output']>;
  forceLinearProgress?: Maybe<Scalars['Boolean']['output']>;
  freeWithRegistration?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Fulfillment Center. */
  fulfillmentCenter?: Maybe<Scalars['ID']['output']>;
  futurePublishDate?: Maybe<Scalars['Date']['output']>;
  galleryEnabled?: Maybe<Scalars['Boolean']['output']>;
  gracePeriodEndDate?: Maybe<Scalars['Date']['output']>;
  hasChildren: Scalars['Boolean']['output'];
  hasMultipleCurrencies: Scalars['Boolean']['output'];
  /** The ID of the Course. */
  id: Scalars['ID']['output'];
  inPersonEventInfo?: Maybe<InPersonEventInfo>;
  instructorAccessEnabled?: Maybe<Scalars['Boolean']['output']>;
  instructorAccessPriceInCents?: Maybe<Scalars['Int']['output']>;
  instructorEmails?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  isActive: Scalars['Boolean']['output'];
  isChild?: Maybe<Scalars['Boolean']['output']>;
  kind?: Maybe<CourseGroupKind>;
  lastTierPriceInCents?: Maybe<Scalars['Int']['output']>;
  linkedWorkbookEnabled?: Maybe<Scalars['Boolean']['output']>;
  linkedWorkbookSkipEnabled?: Maybe<Scalars['Boolean']['output']>;
  location?: Maybe<Location>;
  meetings?: Maybe<Array<Meeting>>;
  meetingsOverviewEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Parent Course. */
  parentCourseId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Paywalls Block. */
  paywallsBlock?: Maybe<Scalars['ID']['output']>;
  prerequisiteCourses?: Maybe<Array<Maybe<Course>>>;
  prerequisiteLearningPaths?: Maybe<Array<Maybe<LearningPath>>>;
  priceInCents?: Maybe<Scalars['Int']['output']>;
  prices: Array<ItemPrice>;
  publishDate?: Maybe<Scalars['Date']['output']>;
  purchasable: Scalars['Boolean']['output'];
  resourcesEnabled?: Maybe<Scalars['Boolean']['output']>;
  roster?: Maybe<Scalars['Boolean']['output']>;
  rosterSubmittedDate?: Maybe<Scalars['Date']['output']>;
  sampleLesson?: Maybe<Lesson>;
  /** The ID of the Sample Lesson. */
  sampleLessonId?: Maybe<Scalars['ID']['output']>;
  scormCollectUserDetails?: Maybe<Scalars['Boolean']['output']>;
  seatPackages?: Maybe<Array<SeatPackage>>;
  seatTiers?: Maybe<Array<SeatTier>>;
  seatsAllocatedCount: Scalars['Int']['output'];
  seatsLimit?: Maybe<Scalars['Int']['output']>;
  seatsLimitMet: Scalars['Boolean']['output'];
  seatsUsedCount: Scalars['Int']['output'];
  sections?: Maybe<Array<Maybe<Section>>>;
  sessionIsTitled: Scalars['Boolean']['output'];
  showProgress?: Maybe<Scalars['Boolean']['output']>;
  showSyllabusWhileUnenrolled?: Maybe<Scalars['Boolean']['output']>;
  sku?: Maybe<Scalars['String']['output']>;
  slug: Scalars['Slug']['output'];
  status?: Maybe<Status>;
  suggestedRetailPriceInCents?: Maybe<Scalars['Int']['output']>;
  superquizEnabled?: Maybe<Scalars['Boolean']['output']>;
  syllabusTitlesEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Tax Category. */
  taxCategory?: Maybe<Scalars['ID']['output']>;
  taxable?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Terms Block. */
  termsBlock?: Maybe<Scalars['ID']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  topicGroup?: Maybe<TopicGroup>;
  /** The ID of the Topic Group. */
  topicGroupId?: Maybe<Scalars['ID']['output']>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
  waitlistActive?: Maybe<Scalars['Boolean']['output']>;
  waitlistCount?: Maybe<Scalars['Int']['output']>;
  waitlistingEnabled: Scalars['Boolean']['output'];
  waitlistingTriggered: Scalars['Boolean']['output'];
  webinarDates?: Maybe<Array<Maybe<DateRange>>>;
  webinarDetails?: Maybe<WebinarBlock>;
  webinarId?: Maybe<Scalars['String']['output']>;
  webinarTimeZone?: Maybe<Scalars['String']['output']>;
  workbookEnabled?: Maybe<Scalars['Boolean']['output']>;
};

export type CourseAwardClaimingOption = {
  __typename?: 'CourseAwardClaimingOption';
  awardAmounts?: Maybe<Array<Scalars['Float']['output']>>;
  awardType: AwardType;
  awardTypeId: Scalars['ID']['output'];
  range: Scalars['String']['output'];
};

export type CourseCompletionCriteria = {
  __typename?: 'CourseCompletionCriteria';
  articlePercentViewed?: Maybe<Scalars['Int']['output']>;
  articleTimeViewedInSeconds?: Maybe<Scalars['Int']['output']>;
  /** The ID of the Course. */
  course: Scalars['ID']['output'];
  /** The ID of the Course Assessment Passed. */
  courseAssessmentPassed?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Course Assignment Complete. */
  courseAssignmentComplete?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Course Meeting Attended. */
  courseMeetingAttended?: Maybe<Scalars['ID']['output']>;
  coursePercentViewed?: Maybe<Scalars['Int']['output']>;
  /** The ID of the Course Topic Viewed. */
  courseTopicViewed?: Maybe<Scalars['ID']['output']>;
  description: Scalars['String']['output'];
  /** The ID of the Course Completion Criteria. */
  id: Scalars['ID']['output'];
  /** The ID of the Scorm Complete. */
  scormComplete?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Survey Gizmo Complete. */
  surveyGizmoComplete?: Maybe<Scalars['ID']['output']>;
  type: CourseCompletionCriteriaType;
  videoPercentViewed?: Maybe<Scalars['Int']['output']>;
  /** The ID of the Video Topic. */
  videoTopicId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the X Api Complete. */
  xApiComplete?: Maybe<Scalars['ID']['output']>;
};

export type CourseCompletionCriteriaProgress = {
  __typename?: 'CourseCompletionCriteriaProgress';
  completed?: Maybe<Array<Maybe<Scalars['ID']['output']>>>;
  percent: Scalars['Int']['output'];
  required?: Maybe<Array<Maybe<Scalars['ID']['output']>>>;
  type?: Maybe<CourseCompletionCriteriaType>;
};

export type CourseCompletionCriteriaType =
  /** Percentage of Page Viewed */
  | 'articlePercentViewed'
  /** Time Spent Viewing Page */
  | 'articleTimeViewedInSeconds'
  /** Bongo Assignment Completed */
  | 'bongoAssignmentCompleted'
  /** Assessment Passed */
  | 'courseAssessmentPassed'
  /** Assignment Completed */
  | 'courseAssignmentComplete'
  /** Meeting Attended */
  | 'courseMeetingAttended'
  /** Percentage of Pages Viewed */
  | 'coursePercentViewed'
  /** Page Viewed */
  | 'courseTopicViewed'
  /** SCORM Complete */
  | 'scormComplete'
  /** Survey Gizmo Complete */
  | 'surveyGizmoComplete'
  /** Percentage of Video Viewed */
  | 'videoPercentViewed'
  /** Video topic of viewed */
  | 'videoTopicId'
  /** xAPI Complete */
  | 'xApiComplete';

export type CourseCompletionCriteriaTypeOption = {
  __typename?: 'CourseCompletionCriteriaTypeOption';
  descriptionTemplate: Scalars['String']['output'];
  fieldHint: Scalars['String']['output'];
  fieldLabel: Scalars['String']['output'];
  multiple: Scalars['Boolean']['output'];
  optionLabel: Scalars['String']['output'];
  type: CourseCompletionCriteriaType;
};

/** A user's enrollment in a course. */
export type CourseEnrollment = {
  __typename?: 'CourseEnrollment';
  /** ISO 8601, null until completed. */
  completedAt?: Maybe<Scalars['String']['output']>;
  courseId: Scalars['ID']['output'];
  /** ISO 8601. */
  enrolledAt?: Maybe<Scalars['String']['output']>;
  /** not_started, in_progress or completed. */
  status?: Maybe<Scalars['String']['output']>;
  userId: Scalars['ID']['output'];
};

export type CourseEnrollmentPage = {
  __typename?: 'CourseEnrollmentPage';
  items: Array<CourseEnrollment>;
  pageInfo: OffsetPageInfo;
  /** Null when the tenant does not report a total. */
  total?: Maybe<Scalars['Int']['output']>;
};

export type CourseGroup = {
  __typename?: 'CourseGroup';
  allowRescheduling?: Maybe<Scalars['Boolean']['output']>;
  archived?: Maybe<Scalars['Boolean']['output']>;
  asset?: Maybe<Scalars['String']['output']>;
  authors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  availabilityStatus?: Maybe<Scalars['String']['output']>;
  contentType?: Maybe<ContentType>;
  courses?: Maybe<Array<Maybe<Course>>>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  currentUserMayReschedule?: Maybe<Scalars['Boolean']['output']>;
  customFields?: Maybe<Scalars['JSON']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  detailAsset?: Maybe<Scalars['String']['output']>;
  displayBundle?: Maybe<DisplayBundle>;
  displayCourse?: Maybe<Course>;
  externalDetailUrl?: Maybe<Scalars['String']['output']>;
  externalPurchaseUrl?: Maybe<Scalars['String']['output']>;
  hasParentCourseGroup?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Course Group. */
  id: Scalars['ID']['output'];
  isbn?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<CourseGroupKind>;
  language?: Maybe<Scalars['String']['output']>;
  layout?: Maybe<Layout>;
  metaDescription?: Maybe<Scalars['String']['output']>;
  metaTitle?: Maybe<Scalars['String']['output']>;
  ownedByActiveScope: Scalars['Boolean']['output'];
  rating?: Maybe<Scalars['Int']['output']>;
  ratingsCount?: Maybe<Scalars['Int']['output']>;
  relatedCourseGroups?: Maybe<Array<Maybe<CourseGroup>>>;
  relatedQuery?: Maybe<Scalars['String']['output']>;
  relatedQueryLimit?: Maybe<Scalars['Int']['output']>;
  relatedQuerySignature?: Maybe<Scalars['String']['output']>;
  relatedQuerySort?: Maybe<Scalars['String']['output']>;
  relatedShowDescription?: Maybe<Scalars['Boolean']['output']>;
  relatedShowImageAsset?: Maybe<Scalars['Boolean']['output']>;
  ribbon?: Maybe<Scalars['Slug']['output']>;
  slug: Scalars['Slug']['output'];
  source?: Maybe<Scalars['String']['output']>;
  tabs?: Maybe<Array<Maybe<CourseTab>>>;
  tags?: Maybe<Array<Maybe<Tag>>>;
  title?: Maybe<Scalars['String']['output']>;
  videoAsset?: Maybe<Scalars['String']['output']>;
};

export type CourseGroupKind =
  | 'article'
  | 'courseGroup'
  | 'inPersonEvent'
  | 'inPersonEventCourse'
  | 'microCourse'
  | 'shareableContentObject'
  | 'video'
  | 'webinar'
  | 'webinarCourse'
  | 'xApiObject';

export type CourseOrLearningPath = Course | LearningPath;

export type CourseTab = {
  __typename?: 'CourseTab';
  body?: Maybe<Scalars['String']['output']>;
  /** The ID of the Course Tab. */
  id?: Maybe<Scalars['ID']['output']>;
  instructors?: Maybe<Array<Maybe<Instructor>>>;
  label?: Maybe<Scalars['String']['output']>;
  products?: Maybe<Array<Maybe<Product>>>;
  /** @deprecated No longer supported. */
  sections?: Maybe<Array<Maybe<Section>>>;
  tabType?: Maybe<Scalars['String']['output']>;
  /** @deprecated Use query `CourseGroupTestimonials` */
  testimonials?: Maybe<Array<Maybe<Testimonial>>>;
};

/** The input fields and values to use when creating a bookmark. */
export type CreateBookmarkInput = {
  /** The id of the bookmark folder. */
  bookmarkFolderId: Scalars['UUID']['input'];
  /** The note of the bookmark. */
  note: Scalars['String']['input'];
  /** The id of the topic. */
  topicId: Scalars['UUID']['input'];
};

export type CreateUserAccountInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  email: Scalars['String']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  groups?: InputMaybe<Array<Scalars['ID']['input']>>;
  language?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Write-only; when omitted the user may be invited to set one. */
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  ssoId?: InputMaybe<Scalars['String']['input']>;
};

export type CreditAccount = {
  __typename?: 'CreditAccount';
  batchDaysUntilExpire?: Maybe<Scalars['Int']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  currentBalance: Scalars['Float']['output'];
  /** The ID of the Credit Account. */
  id: Scalars['ID']['output'];
  minimumBatchAmount?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  notifyEmails: Array<Scalars['String']['output']>;
  status: CreditAccountStatus;
  sublicenses?: Maybe<Array<Maybe<Sublicense>>>;
  type: CreditAccountType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type CreditAccountList = {
  __typename?: 'CreditAccountList';
  creditAccounts?: Maybe<Array<CreditAccount>>;
  pageInfo?: Maybe<CursorPageInfo>;
};

export type CreditAccountStatus =
  | 'active'
  | 'deleted';

export type CreditAccountType =
  | 'client'
  | 'company';

export type CreditAction = {
  __typename?: 'CreditAction';
  action: Scalars['String']['output'];
  amount: Scalars['Float']['output'];
  /** The ID of the Client. */
  client: Scalars['ID']['output'];
  /** The ID of the Credit Action. */
  id: Scalars['ID']['output'];
  /** The ID of the Initiator. */
  initiator?: Maybe<Scalars['ID']['output']>;
  initiatorType?: Maybe<Scalars['String']['output']>;
  /** The ID of the Source. */
  source?: Maybe<Scalars['ID']['output']>;
  sourceBalanceIn?: Maybe<Scalars['Float']['output']>;
  sourceBalanceOut?: Maybe<Scalars['Float']['output']>;
  sourceType?: Maybe<Scalars['String']['output']>;
  /** The ID of the Target. */
  target?: Maybe<Scalars['ID']['output']>;
  targetBalanceIn?: Maybe<Scalars['Float']['output']>;
  targetBalanceOut?: Maybe<Scalars['Float']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
  timestamp: Scalars['Date']['output'];
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type CreditActionList = {
  __typename?: 'CreditActionList';
  clientId: Scalars['ID']['output'];
  creditAccountId: Scalars['ID']['output'];
  creditActions?: Maybe<Array<CreditAction>>;
  pageInfo?: Maybe<CursorPageInfo>;
};

export type CreditBatch = {
  __typename?: 'CreditBatch';
  allocatedCredits: Scalars['Float']['output'];
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  creditAccountId: Scalars['ID']['output'];
  currentBalance: Scalars['Float']['output'];
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Credit Batch. */
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  startingBalance: Scalars['Float']['output'];
  status: CreditBatchStatus;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type CreditBatchList = {
  __typename?: 'CreditBatchList';
  creditBatches?: Maybe<Array<CreditBatch>>;
  pageInfo?: Maybe<CursorPageInfo>;
  totalCredits?: Maybe<Scalars['Float']['output']>;
};

export type CreditBatchListApi = {
  __typename?: 'CreditBatchListAPI';
  clientId: Scalars['ID']['output'];
  /** The ID of the Credit Account. */
  creditAccountId?: Maybe<Scalars['ID']['output']>;
  creditBatches?: Maybe<Array<CreditBatch>>;
  pageInfo?: Maybe<CursorPageInfo>;
};

export type CreditBatchStatus =
  | 'active'
  | 'archived';

export type CreditCard = {
  __typename?: 'CreditCard';
  address_city?: Maybe<Scalars['String']['output']>;
  address_country?: Maybe<Scalars['String']['output']>;
  address_line1?: Maybe<Scalars['String']['output']>;
  address_line1_check?: Maybe<Scalars['String']['output']>;
  address_line2?: Maybe<Scalars['String']['output']>;
  address_state?: Maybe<Scalars['String']['output']>;
  address_zip?: Maybe<Scalars['String']['output']>;
  address_zip_check?: Maybe<Scalars['String']['output']>;
  brand?: Maybe<Scalars['String']['output']>;
  ccType?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  customer?: Maybe<Scalars['String']['output']>;
  cvc_check?: Maybe<Scalars['String']['output']>;
  dynamic_last4?: Maybe<Scalars['Int']['output']>;
  exp_month?: Maybe<Scalars['Int']['output']>;
  exp_year?: Maybe<Scalars['Int']['output']>;
  fingerprint?: Maybe<Scalars['String']['output']>;
  funding?: Maybe<Scalars['String']['output']>;
  /** The ID of the Credit Card. */
  id?: Maybe<Scalars['String']['output']>;
  last4?: Maybe<Scalars['String']['output']>;
  metadata?: Maybe<Scalars['JSON']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  object?: Maybe<Scalars['String']['output']>;
  paymentMethodId?: Maybe<Scalars['String']['output']>;
};

export type CredlyBadge = {
  __typename?: 'CredlyBadge';
  acceptBadgeUrl?: Maybe<Scalars['String']['output']>;
  badgeTemplateUrl?: Maybe<Scalars['String']['output']>;
  badgeUrl?: Maybe<Scalars['String']['output']>;
  contentTitle?: Maybe<Scalars['String']['output']>;
  expiresAt?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Credly Badge. */
  id?: Maybe<Scalars['ID']['output']>;
  imageUrl?: Maybe<Scalars['URL']['output']>;
  issuedAt?: Maybe<Scalars['Date']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  percentComplete?: Maybe<Scalars['Int']['output']>;
  resource?: Maybe<CredlyBadgeResource>;
  resourceType?: Maybe<Scalars['String']['output']>;
  slug?: Maybe<Scalars['String']['output']>;
  state?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type CredlyBadgeInput = {
  id: Scalars['ID']['input'];
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type CredlyBadgeResource = {
  __typename?: 'CredlyBadgeResource';
  /** The ID of the Credly Badge Resource. */
  id: Scalars['ID']['output'];
  resourceType: Scalars['String']['output'];
  slug?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type CredlyBadgeResourceType =
  | 'course'
  | 'learningPath';

export type CredlyCompanySettingInput = {
  badgeOptions: Array<CredlyBadgeInput>;
  hideExpiredBadges: Scalars['Boolean']['input'];
};

export type CredlySettings = {
  __typename?: 'CredlySettings';
  apiToken?: Maybe<Scalars['String']['output']>;
  badgeOptions: Array<CredlyBadge>;
  hideExpiredBadges: Scalars['Boolean']['output'];
  /** The ID of the Credly Settings. */
  id: Scalars['ID']['output'];
  organizationId?: Maybe<Scalars['String']['output']>;
  organizationName?: Maybe<Scalars['String']['output']>;
  pageInfo: PageInfo;
};

export type CursorPageInfo = {
  __typename?: 'CursorPageInfo';
  cursor?: Maybe<Scalars['String']['output']>;
  hasMore?: Maybe<Scalars['Boolean']['output']>;
  perPage?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type CustomField = {
  __typename?: 'CustomField';
  /** The ID of the Custom Field. */
  id: Scalars['ID']['output'];
  includeLabelOnContent: Scalars['Boolean']['output'];
  includeValueOnContent: Scalars['Boolean']['output'];
  indexed: Scalars['Boolean']['output'];
  label: Scalars['String']['output'];
  multiple: Scalars['Boolean']['output'];
  slug: Scalars['Slug']['output'];
  sort?: Maybe<Scalars['String']['output']>;
};

export type CustomLanguage = {
  __typename?: 'CustomLanguage';
  code: Scalars['String']['output'];
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  defaultCode: Scalars['String']['output'];
  /** The ID of the Custom Language. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

export type DashboardReportType =
  | 'customReport'
  | 'educationOverview';

export type DateFormat = {
  __typename?: 'DateFormat';
  format: Scalars['String']['output'];
  /** The ID of the Date Format. */
  id: Scalars['String']['output'];
};

export type DateRange = {
  __typename?: 'DateRange';
  endDate?: Maybe<Scalars['Date']['output']>;
  startDate?: Maybe<Scalars['Date']['output']>;
};

export type DeactivateByEmailResult = {
  __typename?: 'DeactivateByEmailResult';
  email: Scalars['String']['output'];
  outcome: DeactivateOutcome;
  /** Null when nobody has this email. */
  userId?: Maybe<Scalars['ID']['output']>;
};

export type DeactivateOutcome =
  | 'ALREADY_INACTIVE'
  | 'DEACTIVATED'
  | 'DELETED'
  | 'NOT_FOUND';

export type DisplayBundle = {
  __typename?: 'DisplayBundle';
  /** The ID of the Annual Plan. */
  annualPlanId?: Maybe<Scalars['ID']['output']>;
  annualPriceInCents?: Maybe<Scalars['Int']['output']>;
  asset?: Maybe<Scalars['URL']['output']>;
  /** The ID of the Display Bundle. */
  id?: Maybe<Scalars['ID']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** The ID of the Plan. */
  planId?: Maybe<Scalars['ID']['output']>;
  priceInCents?: Maybe<Scalars['Int']['output']>;
  slug: Scalars['Slug']['output'];
};

export type DualRoleStatus = {
  __typename?: 'DualRoleStatus';
  /** The ID of the Learner. */
  learnerId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Manager. */
  managerId?: Maybe<Scalars['ID']['output']>;
};

export type EarnedBadge = {
  __typename?: 'EarnedBadge';
  badge?: Maybe<Badge>;
  /** Returns true when the Earned Badge is deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Earned Badge. */
  id: Array<Maybe<Scalars['ID']['output']>>;
  user?: Maybe<User>;
};

export type EarnedBadgeBoard = {
  __typename?: 'EarnedBadgeBoard';
  earnedBadges?: Maybe<Array<Maybe<EarnedBadge>>>;
  unearnedBadges?: Maybe<Array<Maybe<Badge>>>;
};

export type EcommerceItemType =
  | 'bundle'
  | 'discountGroup'
  | 'pickableGroup'
  | 'product';

export type EcommerceSettings = {
  __typename?: 'EcommerceSettings';
  blockedCountriesForNewsletterSignup?: Maybe<Array<Scalars['String']['output']>>;
  cookiePolicyText?: Maybe<Scalars['String']['output']>;
  cookiePopupEnabled: Scalars['Boolean']['output'];
  countries?: Maybe<Array<Scalars['String']['output']>>;
  currency: Scalars['String']['output'];
  disableAutomaticNonessentialCookies: Scalars['Boolean']['output'];
  displayNewsletterSignupAtRegistration: Scalars['Boolean']['output'];
  externalCookiePolicyUrl?: Maybe<Scalars['URL']['output']>;
  externalTermsUrl?: Maybe<Scalars['String']['output']>;
  globalTerms?: Maybe<Scalars['String']['output']>;
  invoiceDueDays?: Maybe<Scalars['Int']['output']>;
  needAddress: Scalars['Boolean']['output'];
  newsletterSignupEnabled: Scalars['Boolean']['output'];
  subscriptionExplicitOptIn: Scalars['Boolean']['output'];
};

export type EmailAuthorization = {
  __typename?: 'EmailAuthorization';
  host: Scalars['String']['output'];
  recordType: Scalars['String']['output'];
  type: Scalars['String']['output'];
  /** The ID of the val. */
  valid: Scalars['Boolean']['output'];
  value: Scalars['String']['output'];
};

export type EmailAuthorizationList = {
  __typename?: 'EmailAuthorizationList';
  authorizations?: Maybe<Array<EmailAuthorization>>;
  domain: Scalars['String']['output'];
  emailProvider: Scalars['String']['output'];
  /** The ID of the Email Authorization List. */
  id: Scalars['ID']['output'];
  /** The ID of the val. */
  valid: Scalars['Boolean']['output'];
};

export type EmailLayoutSettings = {
  __typename?: 'EmailLayoutSettings';
  bccAddress?: Maybe<Scalars['String']['output']>;
  emailCaptureTerms?: Maybe<Scalars['String']['output']>;
  footer?: Maybe<Scalars['String']['output']>;
  fromAddress?: Maybe<Scalars['String']['output']>;
  fromName?: Maybe<Scalars['String']['output']>;
  header?: Maybe<Scalars['String']['output']>;
  /** The ID of the Email Layout Settings. */
  id: Scalars['ID']['output'];
};

export type EmailType =
  | 'assessmentGraded'
  | 'assignmentGraded'
  | 'certificateExpirationReminder'
  | 'certificateExpired'
  | 'courseCertificateGrant'
  | 'courseCommentReply'
  | 'courseStartNextWeek'
  | 'courseStartTomorrow'
  | 'learningPathCertificateGrant'
  | 'userAssignmentSubmission'
  | 'userGradedAssessmentSubmission';

export type EmbedPage = {
  __typename?: 'EmbedPage';
  /** The ID of the Embed Page. */
  id: Scalars['ID']['output'];
  layoutId: Scalars['String']['output'];
  slug: Scalars['Slug']['output'];
  title: Scalars['String']['output'];
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
  variants: Array<EmbedPageVariant>;
};

export type EmbedPageLaunch = {
  __typename?: 'EmbedPageLaunch';
  authToken?: Maybe<Scalars['String']['output']>;
  company?: Maybe<Scalars['JSON']['output']>;
  currentUser?: Maybe<Scalars['JSON']['output']>;
  embedPage: EmbedPage;
  layout?: Maybe<Layout>;
  /** The ID of the Variant. */
  variantId?: Maybe<Scalars['ID']['output']>;
};

export type EmbedPageVariant = {
  __typename?: 'EmbedPageVariant';
  conditionApplicability: EmbedPageVariantConditionApplicability;
  conditionSummary?: Maybe<Scalars['String']['output']>;
  conditions: Array<EmbedPageVariantCondition>;
  /** The ID of the Embed Page Variant. */
  id: Scalars['ID']['output'];
  layoutId?: Maybe<Scalars['String']['output']>;
  slug: Scalars['Slug']['output'];
  title: Scalars['String']['output'];
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
};

export type EmbedPageVariantCondition = {
  __typename?: 'EmbedPageVariantCondition';
  type: EmbedPageVariantConditionType;
  value: Scalars['String']['output'];
};

export type EmbedPageVariantConditionApplicability =
  | 'all'
  | 'any';

export type EmbedPageVariantConditionInput = {
  type: EmbedPageVariantConditionType;
  value: Scalars['String']['input'];
};

export type EmbedPageVariantConditionType =
  | 'contains'
  | 'doesNotContain'
  | 'doesNotEndWith'
  | 'doesNotEqual'
  | 'doesNotStartWith'
  | 'endsWith'
  | 'equals'
  | 'regexp'
  | 'startsWith';

export type EmbedPageVariantInput = {
  conditionApplicability: EmbedPageVariantConditionApplicability;
  conditions: Array<EmbedPageVariantConditionInput>;
  slug: Scalars['Slug']['input'];
  title: Scalars['String']['input'];
};

export type EmbedWidgetCourseStatus = {
  __typename?: 'EmbedWidgetCourseStatus';
  /** The ID of the Course. */
  course: Course;
  status: Scalars['String']['output'];
  user: Scalars['ID']['output'];
};

export type EmbedWidgetLayoutSection =
  /** Course status */
  | 'courseStatus'
  /** Earned Badges status */
  | 'earnedBadges'
  /** Featured content */
  | 'featuredContent'
  /** Learning Path status */
  | 'learningPathStatus';

export type EmbedWidgetLearningPathStatus = {
  __typename?: 'EmbedWidgetLearningPathStatus';
  /** The ID of the Learning Path. */
  learningPath: LearningPath;
  milestoneCompletePercent: Scalars['Int']['output'];
  status: Scalars['String']['output'];
  user: Scalars['ID']['output'];
};

export type EmbedWidgetSettings = {
  __typename?: 'EmbedWidgetSettings';
  featuredContentQuery?: Maybe<Scalars['String']['output']>;
  layoutSections: Array<Maybe<EmbedWidgetLayoutSection>>;
  translations: Scalars['JSON']['output'];
};

/** What changed about an enrollment. */
export type EnrollmentChange =
  /** The user completed the course. */
  | 'COMPLETED'
  /** The user was enrolled in the course. */
  | 'ENROLLED';

export type EnrollmentEvent = {
  __typename?: 'EnrollmentEvent';
  /** When the change happened (ISO 8601). */
  at: Scalars['String']['output'];
  change: EnrollmentChange;
  completedAt?: Maybe<Scalars['String']['output']>;
  courseId: Scalars['ID']['output'];
  enrolledAt?: Maybe<Scalars['String']['output']>;
  /** Stable per change: the same change seen by webhook and by polling has the same id. */
  id: Scalars['ID']['output'];
  source: EventSource;
  /** not_started, in_progress or completed, as the tenant reports it. */
  status?: Maybe<Scalars['String']['output']>;
  userId: Scalars['ID']['output'];
};

export type EventList = {
  __typename?: 'EventList';
  events?: Maybe<Array<Scalars['JSON']['output']>>;
  pageInfo: CursorPageInfo;
};

/** How ti-graph learned about a change. */
export type EventSource =
  /** The roster poller (tenants without webhooks). */
  | 'POLL'
  /** A signed webhook from the tenant. */
  | 'WEBHOOK';

/** The user as the event reported it. */
export type EventUser = {
  __typename?: 'EventUser';
  active?: Maybe<Scalars['Boolean']['output']>;
  /** ISO 8601. */
  createdAt?: Maybe<Scalars['String']['output']>;
  email: Scalars['String']['output'];
  firstName?: Maybe<Scalars['String']['output']>;
  /** Ids of the user's groups. */
  groups?: Maybe<Array<Scalars['ID']['output']>>;
  id: Scalars['ID']['output'];
  lastName?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  /** ISO 8601. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

export type ExpandableList = {
  __typename?: 'ExpandableList';
  expandableListItems: Array<ExpandableListItem>;
  title: Scalars['String']['output'];
};

export type ExpandableListItem = {
  __typename?: 'ExpandableListItem';
  altText?: Maybe<Scalars['String']['output']>;
  asset?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  dropdownIcon?: Maybe<Scalars['String']['output']>;
  externalResourceIcon?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** The ID of the Topic. */
  topicId?: Maybe<Scalars['ID']['output']>;
};

export type Feature = {
  __typename?: 'Feature';
  alwaysEnabled?: Maybe<Scalars['Boolean']['output']>;
  categories?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  codes?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  icon?: Maybe<Scalars['String']['output']>;
  /** The ID of the Feature. */
  id: Scalars['ID']['output'];
  labels?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  name?: Maybe<Scalars['String']['output']>;
  pricing?: Maybe<Scalars['String']['output']>;
  published?: Maybe<Scalars['Boolean']['output']>;
  shortDescription?: Maybe<Scalars['String']['output']>;
};

export type FlipCardPage = PageEntity & {
  __typename?: 'FlipCardPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  caption?: Maybe<Scalars['String']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  flipCards: Array<FlipCards>;
  gridLayout?: Maybe<Scalars['String']['output']>;
  /** The ID of the Flip Card Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  sidebarIsHidden?: Maybe<Scalars['Boolean']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type FlipCards = {
  __typename?: 'FlipCards';
  altText?: Maybe<Scalars['String']['output']>;
  asset: Scalars['String']['output'];
  backgroundColor?: Maybe<Scalars['String']['output']>;
  cardType?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  frontText?: Maybe<Scalars['String']['output']>;
  textColor?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

export type Forum = {
  __typename?: 'Forum';
  /** The ID of the Course. */
  course: Course;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Forum. */
  id?: Maybe<Scalars['ID']['output']>;
  isGeneral: Scalars['Boolean']['output'];
  label?: Maybe<Scalars['String']['output']>;
  /** The ID of the Section. */
  sectionId?: Maybe<Scalars['ID']['output']>;
  threadsCount: Scalars['Int']['output'];
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
};

export type FoxyEcommerceAdditionalField = {
  __typename?: 'FoxyEcommerceAdditionalField';
  fieldId: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type FoxyEcommerceAdditionalFieldInput = {
  fieldId: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

export type FoxyEcommerceCountry = {
  __typename?: 'FoxyEcommerceCountry';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type FoxyEcommerceHostedPaymentGateway = {
  __typename?: 'FoxyEcommerceHostedPaymentGateway';
  /** The ID of the Foxy Ecommerce Hosted Payment Gateway. */
  id: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type FoxyEcommerceHostedPaymentGatewayType = {
  __typename?: 'FoxyEcommerceHostedPaymentGatewayType';
  /** The ID of the Foxy Ecommerce Hosted Payment Gateway Type. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type FoxyEcommerceLanguage = {
  __typename?: 'FoxyEcommerceLanguage';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type FoxyEcommerceLocaleCode = {
  __typename?: 'FoxyEcommerceLocaleCode';
  code: Scalars['String']['output'];
  currencyCode?: Maybe<Scalars['String']['output']>;
  languageCode?: Maybe<Scalars['String']['output']>;
  nameWithoutCurrency: Scalars['String']['output'];
};

export type FoxyEcommercePaymentGateway = {
  __typename?: 'FoxyEcommercePaymentGateway';
  accountId?: Maybe<Scalars['String']['output']>;
  accountKey?: Maybe<Scalars['String']['output']>;
  additionalFields?: Maybe<Array<FoxyEcommerceAdditionalField>>;
  /** The ID of the Foxy Ecommerce Payment Gateway. */
  id?: Maybe<Scalars['ID']['output']>;
  testAccountId?: Maybe<Scalars['String']['output']>;
  testAccountKey?: Maybe<Scalars['String']['output']>;
  testThirdPartyKey?: Maybe<Scalars['String']['output']>;
  thirdPartyKey?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type FoxyEcommercePaymentGatewayAdditionalFieldConfig = {
  __typename?: 'FoxyEcommercePaymentGatewayAdditionalFieldConfig';
  live?: Maybe<Array<FoxyEcommercePaymentGatewayFieldConfig>>;
  test?: Maybe<Array<FoxyEcommercePaymentGatewayFieldConfig>>;
};

export type FoxyEcommercePaymentGatewayFieldConfig = {
  __typename?: 'FoxyEcommercePaymentGatewayFieldConfig';
  fieldId: Scalars['String']['output'];
  name: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type FoxyEcommercePaymentGatewayInput = {
  accountId?: InputMaybe<Scalars['String']['input']>;
  accountKey?: InputMaybe<Scalars['String']['input']>;
  additionalFields?: InputMaybe<Array<FoxyEcommerceAdditionalFieldInput>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  testAccountId?: InputMaybe<Scalars['String']['input']>;
  testAccountKey?: InputMaybe<Scalars['String']['input']>;
  testThirdPartyKey?: InputMaybe<Scalars['String']['input']>;
  thirdPartyKey?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type FoxyEcommercePaymentGatewayType = {
  __typename?: 'FoxyEcommercePaymentGatewayType';
  accountIdDescription?: Maybe<Scalars['String']['output']>;
  accountKeyDescription?: Maybe<Scalars['String']['output']>;
  additionalFieldConfig?: Maybe<FoxyEcommercePaymentGatewayAdditionalFieldConfig>;
  /** The ID of the Foxy Ecommerce Payment Gateway Type. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  thirdPartyKeyDescription?: Maybe<Scalars['String']['output']>;
};

export type FoxyEcommercePaymentMethodSet = {
  __typename?: 'FoxyEcommercePaymentMethodSet';
  hostedPaymentGateway?: Maybe<FoxyEcommerceHostedPaymentGateway>;
  /** The ID of the Foxy Ecommerce Payment Method Set. */
  id: Scalars['ID']['output'];
  isLive: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  paymentGateway?: Maybe<FoxyEcommercePaymentGateway>;
};

export type FoxyEcommercePaymentMethodSetList = {
  __typename?: 'FoxyEcommercePaymentMethodSetList';
  pageInfo: PageInfo;
  paymentMethodSets: Array<FoxyEcommercePaymentMethodSet>;
  sortInfo?: Maybe<SortInfo>;
};

export type FoxyEcommerceSettings = {
  __typename?: 'FoxyEcommerceSettings';
  enableMultipleCurrencies: Scalars['Boolean']['output'];
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
};

export type FoxyEcommerceStore = {
  __typename?: 'FoxyEcommerceStore';
  country: Scalars['String']['output'];
  currencyCode: Scalars['String']['output'];
  /** The ID of the Foxy Ecommerce Store. */
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  localeCode: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  region: Scalars['String']['output'];
  storeEmail: Scalars['String']['output'];
  storeName: Scalars['String']['output'];
  storeUrl: Scalars['String']['output'];
};

export type FoxyEcommerceStoreDefaults = {
  __typename?: 'FoxyEcommerceStoreDefaults';
  currencyCode: Scalars['String']['output'];
  localeCode?: Maybe<Scalars['String']['output']>;
  storeEmail?: Maybe<Scalars['String']['output']>;
  storeName: Scalars['String']['output'];
  storeUrl: Scalars['String']['output'];
};

export type FoxyEcommerceTemplateSet = {
  __typename?: 'FoxyEcommerceTemplateSet';
  countryCode: Scalars['String']['output'];
  countryName: Scalars['String']['output'];
  currencyCode: Scalars['String']['output'];
  currencyName: Scalars['String']['output'];
  /** The ID of the Foxy Ecommerce Template Set. */
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  localeCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
  paymentMethodSet?: Maybe<FoxyEcommercePaymentMethodSet>;
};

export type FoxyEcommerceTransactionsList = {
  __typename?: 'FoxyEcommerceTransactionsList';
  pageInfo: PageInfo;
  transactions: Array<Charge>;
};

export type FrameOption =
  | 'allow'
  | 'deny'
  | 'sameOrigin';

export type FulfillmentCenter = {
  __typename?: 'FulfillmentCenter';
  address1?: Maybe<Scalars['String']['output']>;
  address2?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  /** The ID of the Fulfillment Center. */
  id: Scalars['ID']['output'];
  latitude?: Maybe<Scalars['String']['output']>;
  longitude?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  state?: Maybe<Scalars['String']['output']>;
  zipCode?: Maybe<Scalars['String']['output']>;
};

export type GeneralPage = PageEntity & {
  __typename?: 'GeneralPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the General Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type GlobalNavigationLink = {
  __typename?: 'GlobalNavigationLink';
  href?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
};

export type HeliumDeploymentLog = {
  __typename?: 'HeliumDeploymentLog';
  events: Array<HeliumDeploymentLogEvent>;
  nextBackwardToken?: Maybe<Scalars['String']['output']>;
  nextForwardToken?: Maybe<Scalars['String']['output']>;
};

export type HeliumDeploymentLogEvent = {
  __typename?: 'HeliumDeploymentLogEvent';
  ingestionTime?: Maybe<Scalars['Date']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  timestamp?: Maybe<Scalars['Date']['output']>;
};

export type HeliumDeploymentLogFiltersInput = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  startFromHead?: InputMaybe<Scalars['Boolean']['input']>;
};

export type HeliumLaunchData = {
  __typename?: 'HeliumLaunchData';
  key: Scalars['String']['output'];
  signedUrl: Scalars['AbsoluteOrRelativeURL']['output'];
};

export type HighlightZone = {
  __typename?: 'HighlightZone';
  altText?: Maybe<Scalars['String']['output']>;
  asset?: Maybe<Scalars['String']['output']>;
  caption: Scalars['String']['output'];
  height: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  width: Scalars['Int']['output'];
  x: Scalars['Int']['output'];
  y: Scalars['Int']['output'];
};

export type HighlightZonePage = PageEntity & {
  __typename?: 'HighlightZonePage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  altText?: Maybe<Scalars['String']['output']>;
  asset?: Maybe<Scalars['String']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  description?: Maybe<Scalars['String']['output']>;
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  highlightZones?: Maybe<Array<Maybe<HighlightZone>>>;
  /** The ID of the Highlight Zone Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  sidebarIsHidden?: Maybe<Scalars['Boolean']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type ImisSettings = {
  __typename?: 'IMISSettings';
  activityTypeId: Scalars['String']['output'];
  apiEndpoint: Scalars['URL']['output'];
  /** The ID of the I M I S Settings. */
  id: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

export type ImportedRedemptionCodeGroupCodesList = {
  __typename?: 'ImportedRedemptionCodeGroupCodesList';
  invalidCodes?: Maybe<Array<RedemptionCode>>;
  validCodes?: Maybe<Array<RedemptionCode>>;
};

export type InPersonEventInfo = {
  __typename?: 'InPersonEventInfo';
  heroAsset?: Maybe<Scalars['URL']['output']>;
  subtitle?: Maybe<Scalars['String']['output']>;
};

export type Ingredient = {
  __typename?: 'Ingredient';
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type IngredientGroup = {
  __typename?: 'IngredientGroup';
  ingredients: Array<Ingredient>;
  label: Scalars['String']['output'];
};

export type IngredientStep = {
  __typename?: 'IngredientStep';
  body: Scalars['String']['output'];
};

export type Instructor = {
  __typename?: 'Instructor';
  asset?: Maybe<Scalars['URL']['output']>;
  bio?: Maybe<Scalars['String']['output']>;
  fullName?: Maybe<Scalars['String']['output']>;
};

export type InstructorInput = {
  asset?: InputMaybe<Scalars['URL']['input']>;
  bio?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
};

export type ItemPrice = {
  __typename?: 'ItemPrice';
  annualPriceInCents?: Maybe<Scalars['Int']['output']>;
  currencyCode: Scalars['String']['output'];
  /** The ID of the Item Price. */
  id: Scalars['ID']['output'];
  instructorAccessPriceInCents?: Maybe<Scalars['Int']['output']>;
  priceInCents?: Maybe<Scalars['Int']['output']>;
  suggestedRetailPriceInCents?: Maybe<Scalars['Int']['output']>;
  variations: Array<ItemPriceVariation>;
};

export type ItemPriceVariation = {
  __typename?: 'ItemPriceVariation';
  label: Scalars['String']['output'];
  priceInCents: Scalars['Int']['output'];
};

export type KnowledgeCenterSettings = {
  __typename?: 'KnowledgeCenterSettings';
  clientSku?: Maybe<Scalars['String']['output']>;
  /** The ID of the Knowledge Center Settings. */
  id: Scalars['ID']['output'];
};

export type LabAvailability = {
  __typename?: 'LabAvailability';
  msg?: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
  time?: Maybe<Scalars['String']['output']>;
};

export type Language = {
  __typename?: 'Language';
  code: Scalars['String']['output'];
  /** The ID of the Language. */
  id?: Maybe<Scalars['ID']['output']>;
  isCustom?: Maybe<Scalars['Boolean']['output']>;
  label: Scalars['String']['output'];
  selectorLabel?: Maybe<Scalars['String']['output']>;
};

export type LanguageNamespace =
  | 'email'
  | 'lms';

export type LanguageSelectorDisplayOptions =
  | 'dark'
  | 'light'
  | 'theme';

export type Layout = {
  __typename?: 'Layout';
  hasEnrollmentWidget: Scalars['Boolean']['output'];
  /** The ID of the Layout. */
  id: Scalars['ID']['output'];
  kind?: Maybe<LayoutKind>;
  scripts?: Maybe<Scalars['String']['output']>;
  widgets?: Maybe<Scalars['JSON']['output']>;
};

export type LayoutKind =
  | 'InPersonEventLayout'
  | 'articleLayout'
  | 'bundleSidebarLayout'
  | 'catalogLayout'
  | 'courseDetailSidebarLayout'
  | 'dashboardLayout'
  | 'discountGroupSidebarLayout'
  | 'homepageLayout'
  | 'learningPathLearnerLayout'
  | 'learningPathSidebarLayout'
  | 'pageLayout'
  | 'pickableGroupSidebarLayout'
  | 'productSidebarLayout'
  | 'redemptionLayout'
  | 'registrationLayout'
  | 'supportLayout'
  | 'transcriptLayout';

export type LayoutProperty =
  | 'layout'
  | 'learnerLayout';

export type LearnerDisplaySettings = {
  __typename?: 'LearnerDisplaySettings';
  discussionRulesHtml?: Maybe<Scalars['String']['output']>;
  displayInlineNotes: Scalars['Boolean']['output'];
  enableAddToQueue: Scalars['Boolean']['output'];
  enableContentArchiving: Scalars['Boolean']['output'];
  learnerNavOpenOnLoad: Scalars['Boolean']['output'];
};

export type LearnerInput = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  licenseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type LearningPath = {
  __typename?: 'LearningPath';
  accessDays?: Maybe<Scalars['Int']['output']>;
  alternativePricingRef?: Maybe<Scalars['Int']['output']>;
  alternativePricingType?: Maybe<AlternativePricingType>;
  asset?: Maybe<Scalars['URL']['output']>;
  /** The ID of the Authoring Client. */
  authoringClient?: Maybe<Scalars['ID']['output']>;
  authors?: Maybe<Array<Scalars['String']['output']>>;
  availabilityStatus?: Maybe<Scalars['String']['output']>;
  bulkPurchasingEnabled: Scalars['Boolean']['output'];
  /** The ID of the Client. */
  client?: Maybe<Client>;
  confirmationHtml?: Maybe<Scalars['String']['output']>;
  contentType?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  currentUserDueDate?: Maybe<Scalars['Date']['output']>;
  currentUserEarnedCertificate: Scalars['Boolean']['output'];
  currentUserPendingCertificate: Scalars['Boolean']['output'];
  currentUserStartActionDate?: Maybe<Scalars['Date']['output']>;
  customFields?: Maybe<Scalars['JSON']['output']>;
  detailAsset?: Maybe<Scalars['URL']['output']>;
  dueDate?: Maybe<Scalars['Date']['output']>;
  dueDateDays?: Maybe<Scalars['Int']['output']>;
  endDate?: Maybe<Scalars['Date']['output']>;
  enrollmentEndDate?: Maybe<Scalars['Date']['output']>;
  enrollmentStartDate?: Maybe<Scalars['Date']['output']>;
  externalDetailUrl?: Maybe<Scalars['String']['output']>;
  freeWithRegistration?: Maybe<Scalars['Boolean']['output']>;
  fulfillmentCenter?: Maybe<FulfillmentCenter>;
  futurePublishDate?: Maybe<Scalars['Date']['output']>;
  hasMultipleCurrencies: Scalars['Boolean']['output'];
  heroAsset?: Maybe<Scalars['URL']['output']>;
  /** The ID of the Learning Path. */
  id: Scalars['ID']['output'];
  isPayAsYouGo?: Maybe<Scalars['Boolean']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  lastTierPriceInCents?: Maybe<Scalars['Int']['output']>;
  layout?: Maybe<Layout>;
  /** The ID of the Layout. */
  layoutId?: Maybe<Scalars['ID']['output']>;
  learnerLayout?: Maybe<Layout>;
  /** The ID of the Learner Layout. */
  learnerLayoutId?: Maybe<Scalars['ID']['output']>;
  longDescription?: Maybe<Scalars['String']['output']>;
  metaDescription?: Maybe<Scalars['String']['output']>;
  metaTitle?: Maybe<Scalars['String']['output']>;
  milestones?: Maybe<Array<Maybe<Milestone>>>;
  name: Scalars['String']['output'];
  prerequisiteCourses?: Maybe<Array<Maybe<Course>>>;
  prerequisiteLearningPaths?: Maybe<Array<Maybe<LearningPath>>>;
  priceInCents?: Maybe<Scalars['Int']['output']>;
  prices: Array<ItemPrice>;
  publishDate?: Maybe<Scalars['Date']['output']>;
  purchasable: Scalars['Boolean']['output'];
  relatedQuery?: Maybe<Scalars['String']['output']>;
  relatedQuerySignature?: Maybe<Scalars['String']['output']>;
  resourceType: Scalars['String']['output'];
  ribbon?: Maybe<Ribbon>;
  seatPackages?: Maybe<Array<SeatPackage>>;
  seatTiers?: Maybe<Array<SeatTier>>;
  seatsLimit?: Maybe<Scalars['Int']['output']>;
  shortDescription?: Maybe<Scalars['String']['output']>;
  sku?: Maybe<Scalars['String']['output']>;
  slug: Scalars['Slug']['output'];
  source?: Maybe<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['Date']['output']>;
  status: Status;
  suggestedRetailPriceInCents?: Maybe<Scalars['Int']['output']>;
  tabs?: Maybe<LearningPathTabs>;
  tags?: Maybe<Array<Maybe<Tag>>>;
  /** The ID of the Tax Category. */
  taxCategory?: Maybe<Scalars['ID']['output']>;
  taxable?: Maybe<Scalars['Boolean']['output']>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Video Asset. */
  videoAsset?: Maybe<Scalars['ID']['output']>;
};

export type LearningPathAction = {
  __typename?: 'LearningPathAction';
  /** The ID of the Learning Path Action. */
  id: Scalars['ID']['output'];
  /** The ID of the Learning Path. */
  learningPath: LearningPath;
  milestone?: Maybe<Milestone>;
  source?: Maybe<Scalars['String']['output']>;
  timestamp?: Maybe<Scalars['Date']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
};

export type LearningPathStatusUserAccess = {
  __typename?: 'LearningPathStatusUserAccess';
  canAccess: Scalars['Boolean']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  status?: Maybe<Scalars['String']['output']>;
};

export type LearningPathTab = {
  __typename?: 'LearningPathTab';
  body?: Maybe<Scalars['String']['output']>;
  /** The ID of the Learning Path Tab. */
  id: Scalars['ID']['output'];
  instructors?: Maybe<Array<Maybe<Instructor>>>;
  label?: Maybe<Scalars['String']['output']>;
  products?: Maybe<Array<Maybe<Product>>>;
  tabType?: Maybe<Scalars['String']['output']>;
};

export type LearningPathTabs = {
  __typename?: 'LearningPathTabs';
  generated?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Learning Path Tabs. */
  id: Scalars['ID']['output'];
  tabs?: Maybe<Array<LearningPathTab>>;
};

export type Lesson = {
  __typename?: 'Lesson';
  accessLevel?: Maybe<AccessLevel>;
  /** The ID of the Lesson. */
  id: Scalars['ID']['output'];
  section?: Maybe<Section>;
  slug: Scalars['Slug']['output'];
  slugOrId?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  topics: Array<PageResource>;
};

export type License = {
  __typename?: 'License';
  accessDays?: Maybe<Scalars['Int']['output']>;
  appearance?: Maybe<AppearanceSettings>;
  childLicenses?: Maybe<Array<License>>;
  /** The ID of the Client. */
  client?: Maybe<Client>;
  courseIds?: Maybe<Array<Scalars['ID']['output']>>;
  courseTagIds?: Maybe<Array<Scalars['ID']['output']>>;
  courseTags?: Maybe<Array<Tag>>;
  courses?: Maybe<Array<Course>>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Dashboard Layout. */
  dashboardLayoutId?: Maybe<Scalars['ID']['output']>;
  enableBranding?: Maybe<Scalars['Boolean']['output']>;
  expirationDate?: Maybe<Scalars['Date']['output']>;
  /** The ID of the License. */
  id: Scalars['ID']['output'];
  isDefault?: Maybe<Scalars['Boolean']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  learningPathIds?: Maybe<Array<Scalars['ID']['output']>>;
  learningPaths?: Maybe<Array<LearningPath>>;
  name: Scalars['String']['output'];
  parentLicense?: Maybe<License>;
  /** The ID of the Parent License. */
  parentLicenseId?: Maybe<Scalars['ID']['output']>;
  ref1?: Maybe<Scalars['String']['output']>;
  ref2?: Maybe<Scalars['String']['output']>;
  ref3?: Maybe<Scalars['String']['output']>;
  ref4?: Maybe<Scalars['String']['output']>;
  ref5?: Maybe<Scalars['String']['output']>;
  ref6?: Maybe<Scalars['String']['output']>;
  ref7?: Maybe<Scalars['String']['output']>;
  ref8?: Maybe<Scalars['String']['output']>;
  ref9?: Maybe<Scalars['String']['output']>;
  ref10?: Maybe<Scalars['String']['output']>;
  schoolName?: Maybe<Scalars['String']['output']>;
  seatsLimit?: Maybe<Scalars['Int']['output']>;
  sku?: Maybe<Scalars['String']['output']>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
};

export type LicenseNode = {
  __typename?: 'LicenseNode';
  ancestorIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  depth: Scalars['Int']['output'];
  hierarchicalName: Scalars['String']['output'];
  /** The ID of the License Node. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The ID of the Parent License. */
  parentLicenseId?: Maybe<Scalars['ID']['output']>;
};

export type LicensesList = {
  __typename?: 'LicensesList';
  aggregations?: Maybe<Array<Aggregation>>;
  licenses?: Maybe<Array<License>>;
  pageInfo: PageInfo;
};

/** One field a lifecycle job changed: customFields keys appear as customFields.<key>. */
export type LifecycleFieldChange = {
  __typename?: 'LifecycleFieldChange';
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['JSON']['output']>;
  to?: Maybe<Scalars['JSON']['output']>;
};

/** A step that could not be done (an unpublished course, a missing group...); the others were done. */
export type LifecycleStepFailure = {
  __typename?: 'LifecycleStepFailure';
  /** The typed error's code, e.g. NOT_FOUND or BAD_USER_INPUT. */
  code: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** create, update, deactivate, enroll or add-to-group. */
  step: Scalars['String']['output'];
  /** The course or group id, for enroll and add-to-group. */
  target?: Maybe<Scalars['ID']['output']>;
};

export type LinkedWorkbook = {
  __typename?: 'LinkedWorkbook';
  category?: Maybe<Scalars['String']['output']>;
  /** The ID of the Course. */
  course?: Maybe<Course>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  hasSkippedTopics: Scalars['Boolean']['output'];
  /** The ID of the Linked Workbook. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** The ID of the Quiz Attempt. */
  quizAttemptId?: Maybe<Scalars['ID']['output']>;
  skipToSummary: Scalars['Boolean']['output'];
  slug: Scalars['Slug']['output'];
  status: LinkedWorkbookStatus;
};

export type LinkedWorkbookCategory = {
  __typename?: 'LinkedWorkbookCategory';
  /** The ID of the Linked Workbook Category. */
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type LinkedWorkbookList = {
  __typename?: 'LinkedWorkbookList';
  linkedWorkbooks?: Maybe<Array<LinkedWorkbook>>;
  meta: LinkedWorkbookMeta;
  pageInfo: PageInfo;
};

export type LinkedWorkbookMeta = {
  __typename?: 'LinkedWorkbookMeta';
  alternateTitleDisplay: Scalars['Boolean']['output'];
  availableContentQuery?: Maybe<Scalars['String']['output']>;
  classNames?: Maybe<Scalars['String']['output']>;
  contentTypeFilterEnabled: Scalars['Boolean']['output'];
  customSettings: Scalars['Boolean']['output'];
  defaultQuery?: Maybe<Scalars['String']['output']>;
  defaultSort?: Maybe<Scalars['String']['output']>;
  defaultSortLabel?: Maybe<Scalars['String']['output']>;
  defaultSortOrder: Scalars['String']['output'];
  displayTypeGridEnabled: Scalars['Boolean']['output'];
  displayTypeListEnabled: Scalars['Boolean']['output'];
  linkText?: Maybe<Scalars['String']['output']>;
  linkUrl?: Maybe<Scalars['String']['output']>;
  numberOfItemsToDisplay: Scalars['Int']['output'];
  resultsDisplayType: Scalars['String']['output'];
  sortCreatedAtEnabled: Scalars['Boolean']['output'];
  sortRelevanceEnabled: Scalars['Boolean']['output'];
  sortTitleEnabled: Scalars['Boolean']['output'];
  subtitle?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type LinkedWorkbookStatus =
  | 'deleted'
  | 'finished'
  | 'started';

export type ListRollPage = PageEntity & {
  __typename?: 'ListRollPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  description?: Maybe<Scalars['String']['output']>;
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  expandableLists: Array<ExpandableList>;
  /** The ID of the List Roll Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type Location = {
  __typename?: 'Location';
  address1: Scalars['String']['output'];
  address2?: Maybe<Scalars['String']['output']>;
  city: Scalars['String']['output'];
  country?: Maybe<Scalars['String']['output']>;
  /** The ID of the Location. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  room?: Maybe<Scalars['String']['output']>;
  state?: Maybe<Scalars['String']['output']>;
  timeZone?: Maybe<Scalars['String']['output']>;
  zipCode?: Maybe<Scalars['String']['output']>;
};

export type LocationsList = {
  __typename?: 'LocationsList';
  locations?: Maybe<Array<Location>>;
  pageInfo: PageInfo;
};

export type LookerEmbed = {
  __typename?: 'LookerEmbed';
  category?: Maybe<LookerEmbedCategory>;
  description?: Maybe<Scalars['String']['output']>;
  folderId?: Maybe<Scalars['String']['output']>;
  /** The ID of the Looker Embed. */
  id: Scalars['ID']['output'];
  isFavorited: Scalars['Boolean']['output'];
  label?: Maybe<Scalars['String']['output']>;
  legacyHref?: Maybe<Scalars['String']['output']>;
  legacyRoute?: Maybe<Scalars['String']['output']>;
  scope: LookerEmbedScope;
  segment?: Maybe<Scalars['String']['output']>;
  shortDescription?: Maybe<Scalars['String']['output']>;
  starred?: Maybe<Scalars['Boolean']['output']>;
  subcategory?: Maybe<LookerEmbedSubcategory>;
  type: Scalars['String']['output'];
  weight?: Maybe<Scalars['Int']['output']>;
};

export type LookerEmbedCategory = {
  __typename?: 'LookerEmbedCategory';
  description?: Maybe<Scalars['String']['output']>;
  icon?: Maybe<LookerEmbedCategoryIcon>;
  /** The ID of the Looker Embed Category. */
  id?: Maybe<Scalars['String']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  weight?: Maybe<Scalars['Int']['output']>;
};

export type LookerEmbedCategoryIcon =
  | 'barchart'
  | 'businessuser'
  | 'cart'
  | 'globe'
  | 'halfStar'
  | 'users';

export type LookerEmbedScope =
  | 'client'
  | 'company'
  | 'custom';

export type LookerEmbedSubcategory = {
  __typename?: 'LookerEmbedSubcategory';
  /** The ID of the Looker Embed Subcategory. */
  id?: Maybe<Scalars['String']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  weight?: Maybe<Scalars['Int']['output']>;
};

export type LookerExplore = {
  __typename?: 'LookerExplore';
  category: LookerExploreCategory;
  /** The ID of the Looker Explore. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  model: Scalars['String']['output'];
};

export type LookerExploreCategory = {
  __typename?: 'LookerExploreCategory';
  /** The ID of the Looker Explore Category. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  weight: Scalars['Int']['output'];
};

export type LookerFolder = {
  __typename?: 'LookerFolder';
  /** The ID of the Looker Folder. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type LookerManagerDashboardWidgetType =
  | 'allViewsByDate'
  | 'allVisitsByDate'
  | 'contentBreakdown'
  | 'contentCompletionsByDate'
  | 'newUserIdsByDate'
  | 'newUsersByDate'
  | 'purchaseRevenue'
  | 'purchaseType'
  | 'subscriptionRevenue'
  | 'timeSpentAverage'
  | 'topContent'
  | 'topLearners'
  | 'uniqueVisitorsByDate'
  | 'userContentViewCount'
  | 'userCount'
  | 'userVisitsByDate';

export type ManagerContentSearchResults = {
  __typename?: 'ManagerContentSearchResults';
  aggregations: Array<Aggregation>;
  contentItems: Array<CourseOrLearningPath>;
  pageInfo: PageInfo;
};

export type Marker = {
  __typename?: 'Marker';
  seconds: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type MatchPairPage = PageEntity & {
  __typename?: 'MatchPairPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Match Pair Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  matchPairs: Array<MatchPairs>;
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  sidebarIsHidden?: Maybe<Scalars['Boolean']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type MatchPairs = {
  __typename?: 'MatchPairs';
  asset: Scalars['String']['output'];
  caption: Scalars['String']['output'];
  clue: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type Meeting = {
  __typename?: 'Meeting';
  attendeeInfo?: Maybe<Scalars['String']['output']>;
  attendees?: Maybe<Array<User>>;
  /** The ID of the Course. */
  course: Course;
  courseId: Scalars['ID']['output'];
  endDate: Scalars['Date']['output'];
  /** The ID of the Meeting. */
  id: Scalars['ID']['output'];
  instructors?: Maybe<Array<Scalars['String']['output']>>;
  location?: Maybe<Location>;
  /** The ID of the Location. */
  locationId?: Maybe<Scalars['ID']['output']>;
  startDate: Scalars['Date']['output'];
  timeZone?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

export type MeetingFields = {
  attendeeInfo?: InputMaybe<Scalars['String']['input']>;
  endDate: Scalars['Date']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  instructors?: InputMaybe<Array<Scalars['String']['input']>>;
  location?: InputMaybe<Scalars['ID']['input']>;
  startDate: Scalars['Date']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type MeetingPage = PageEntity & {
  __typename?: 'MeetingPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Meeting Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  meeting?: Maybe<Scalars['String']['output']>;
  meetingAttendeeInfo?: Maybe<Scalars['String']['output']>;
  meetingSubtitle?: Maybe<Scalars['String']['output']>;
  meetingTitle?: Maybe<Scalars['String']['output']>;
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  preventProgression?: Maybe<Scalars['Boolean']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type MeetingsList = {
  __typename?: 'MeetingsList';
  aggregations?: Maybe<Array<Aggregation>>;
  meetings?: Maybe<Array<Meeting>>;
  pageInfo?: Maybe<PageInfo>;
};

export type MicrositeBlock = {
  __typename?: 'MicrositeBlock';
  html?: Maybe<Scalars['String']['output']>;
  /** The ID of the Microsite Block. */
  id: Scalars['ID']['output'];
  links?: Maybe<Array<MicrositeBlockLink>>;
};

export type MicrositeBlockLink = {
  __typename?: 'MicrositeBlockLink';
  asset?: Maybe<Scalars['String']['output']>;
  href: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type Milestone = {
  __typename?: 'Milestone';
  completionCriteria?: Maybe<Array<MilestoneCompletionCriteria>>;
  completionCriteriaDescription?: Maybe<Scalars['String']['output']>;
  contentItems?: Maybe<Array<Content>>;
  /** The ID of the Milestone. */
  id: Scalars['ID']['output'];
  kind: MilestoneKind;
  /** The ID of the Learning Path. */
  learningPath: LearningPath;
  milestoneCompetencyAssessment?: Maybe<MilestoneCompetencyAssessment>;
  milestoneCourses?: Maybe<Array<MilestoneCourse>>;
  name: Scalars['String']['output'];
  releaseDate?: Maybe<Scalars['Date']['output']>;
  releaseDays?: Maybe<Scalars['Int']['output']>;
  requirement: MilestoneRequirement;
};

export type MilestoneCompetencyAssessment = {
  __typename?: 'MilestoneCompetencyAssessment';
  allowRetakes?: Maybe<Scalars['Boolean']['output']>;
  asset?: Maybe<Scalars['String']['output']>;
  buttonText?: Maybe<Scalars['String']['output']>;
  competencyAssessment?: Maybe<CompetencyAssessment>;
  competencyAssessmentId: Scalars['ID']['output'];
  displayType: MilestoneCompetencyAssessmentDisplayType;
  /** The ID of the Milestone Competency Assessment. */
  id: Scalars['ID']['output'];
  largeAsset?: Maybe<Scalars['String']['output']>;
  passingScoreRequired?: Maybe<Scalars['Boolean']['output']>;
  requirement?: Maybe<MilestoneRequirement>;
  smallAsset?: Maybe<Scalars['String']['output']>;
  subtitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: MilestoneCompetencyAssessmentType;
};

export type MilestoneCompetencyAssessmentDisplayType =
  | 'image'
  | 'text';

export type MilestoneCompetencyAssessmentType =
  | 'assessment'
  | 'dynamicContent';

export type MilestoneCompletionCriteria = {
  __typename?: 'MilestoneCompletionCriteria';
  awardType?: Maybe<AwardType>;
  /** The ID of the Milestone Completion Criteria. */
  id: Scalars['ID']['output'];
  threshold: Scalars['Int']['output'];
  type: MilestoneCompletionCriteriaType;
};

export type MilestoneCompletionCriteriaType =
  /** Require learner to earn an award */
  | 'award'
  /** Require learner to complete a certain number of electives */
  | 'electives'
  /** Required Competency Assessment */
  | 'requiredCompetencyAssessmentsAssessment'
  /** Required Competency Assessment with dynamic content */
  | 'requiredCompetencyAssessmentsDynamicContent'
  /** Required Competency Assessment with passing score */
  | 'requiredCompetencyAssessmentsPassingScore'
  /** Required Content (auto-generated, not selectable) */
  | 'requiredCourses';

export type MilestoneContentGrouping =
  | 'course'
  | 'courseGroup';

export type MilestoneCourse = {
  __typename?: 'MilestoneCourse';
  altDescriptionBody?: Maybe<Scalars['String']['output']>;
  contentGrouping: MilestoneContentGrouping;
  contentId: Scalars['ID']['output'];
  contentTitle: Scalars['String']['output'];
  hideCourseDescription: Scalars['Boolean']['output'];
  /** The ID of the Milestone Course. */
  id: Scalars['ID']['output'];
  requirement: MilestoneRequirement;
};

export type MilestoneCourseInput = {
  contentId: Scalars['ID']['input'];
  requirement: MilestoneRequirement;
};

export type MilestoneInput = {
  milestoneCourses: Array<MilestoneCourseInput>;
  name: Scalars['String']['input'];
};

export type MilestoneKind =
  | 'competencyAssessment'
  | 'content';

export type MilestoneRequirement =
  /** Elective */
  | 'elective'
  /** Required */
  | 'required';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a resource to the queue of content for the current user so it can be viewed at a later time. Returns true if the content has been successfully added. The user must be given access to the course before it can be added to their queue. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  AddResourceToQueue: Scalars['Boolean']['output'];
  /** Archives a user's access to a course. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  ArchiveUserCourse?: Maybe<Scalars['ID']['output']>;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  ArchiveUserLearningPath?: Maybe<Scalars['ID']['output']>;
  /** Creates an assessment attempt for a course assessment. This is used to create a super quiz attempt with user's selected questions. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateAssessmentAttempt: AssessmentAttempt;
  /** Creates an assignment submission. This is used when user works on a manually graded assessment, the assessment attempt will be associated with the assignment submission. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateAssignmentSubmission: AssignmentSubmission;
  /** Creates a bookmark. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateBookmark: Bookmark;
  /** Creates a bookmark folder. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateBookmarkFolder: BookmarkFolder;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateCertificateFromUpload: Certificate;
  /** Creates a comment. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateComment: Comment;
  /** Adds a like to a comment. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateCommentLike: Scalars['ID']['output'];
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateInPersonEvent: Course;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateLearner: User;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateLearners: Array<Maybe<User>>;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateLearningPath: LearningPath;
  /** Creates a thread of comments under a commentable type. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateThread?: Maybe<Thread>;
  /** Creates an assessment attempt for unanswered questions. This is used when user skips questions during an assessment attempt and decides to review the unanswered questions. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  CreateUnansweredAssessmentAttempt: AssessmentAttempt;
  CurrentUserResetCourseProgress: Scalars['Boolean']['output'];
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  DestroyBookmark?: Maybe<Scalars['ID']['output']>;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  DestroyBookmarkFolder: Scalars['ID']['output'];
  /** Removed a comment from a thread. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  DestroyComment?: Maybe<Scalars['ID']['output']>;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  DestroyThread?: Maybe<Scalars['ID']['output']>;
  /** Attempts to login the user. The mutation will perform a number of checks such as password validity and email verification status. If successful, the user will be logged in and an authentication token returned. If not, an appropriate error will be provided. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  Login: Scalars['String']['output'];
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  Logout: Scalars['Boolean']['output'];
  /** Merges an assessment attempt into the last completed assessment attempt. This is used after user finishes reviewing the unanswered questions, the current assessment attempt will be merged to the last completed assessment attempt. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  MergeAssessmentAttemptIntoComplete: AssessmentAttempt;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  OrderBookmarkFolders?: Maybe<Array<Scalars['String']['output']>>;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  RedeemRegistrationAndRedemptionCodes: RedeemedRegistrationRedemptionResult;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  ReinstateUserCourse?: Maybe<Scalars['ID']['output']>;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  ReinstateUserLearningPath?: Maybe<Scalars['ID']['output']>;
  /** Removed a like from a comment. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  RemoveCommentLike: Scalars['Boolean']['output'];
  /** Changes the active license of the CurrentUser. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  SelectCurrentUserActiveLicense: Scalars['Boolean']['output'];
  /** Submits a testimonial to a course group. After a learner completes a course, the learner is invited to create a public-facing testimonial where they share their experience with others. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  SubmitTestimonial: Testimonial;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  UnenrollFromWaitlist: Scalars['Boolean']['output'];
  /** Updates an assessment attempt. This is used to record user's selected choice(s) for the active question, or to record when user finishes the assessment. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  UpdateAssessmentAttempt: AssessmentAttempt;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  UpdateBookmark: Bookmark;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  UpdateBookmarkFolder: BookmarkFolder;
  /** Updates the body and/or asset of an existing comment. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  UpdateComment?: Maybe<Comment>;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  UpdateLearningPathAccess: Scalars['Boolean']['output'];
  /** Updates the opening comment of the thread. The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  UpdateThread?: Maybe<Thread>;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  UpdateTopicAndCourseProgress: Scalars['Boolean']['output'];
  /** marks a specific learner as “attended” for a specific meeting in a specific course. */
  UpdateUserCourseMeetingAttendance: Scalars['Boolean']['output'];
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  ValidateRedemptionCode: ValidateRedemptionCodeResult;
  /** The results of this mutation can be affected by providing an authToken header to set a user for the operation. */
  ValidateRegistrationCode: ValidateRegistrationCodeResult;
  addUserToGroup: Scalars['Boolean']['output'];
  createUser: UserAccount;
  /** Sets active to false (every other field kept; history kept). delete: true removes the user permanently instead. Needs admin scope. */
  deactivateByEmail: DeactivateByEmailResult;
  /** Sets active to false: the recommended way to offboard (completion history is kept). Needs admin scope. */
  deactivateUser: UserAccount;
  /** Permanent: removes the user and their history. Needs admin scope and confirm: true; prefer deactivateUser. */
  deleteUser: Scalars['ID']['output'];
  /** Enrolls an active user in a published course. */
  enrollUser: CourseEnrollment;
  /** Creates the learner or links the existing user by email, adds the groups, enrolls the courses. Idempotent. */
  provisionLearner: ProvisionLearnerResult;
  reactivateUser: UserAccount;
  /** Updates only the fields that differ (customFields key by key), or creates the user when missing. */
  syncProfile: SyncProfileResult;
  /** Partial and safe: reads the user, merges the change, writes the whole record back. */
  updateUser: UserAccount;
};


export type MutationAddResourceToQueueArgs = {
  resourceId: Scalars['ID']['input'];
  resourceType?: InputMaybe<ContentKind>;
};


export type MutationArchiveUserCourseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveUserLearningPathArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateAssessmentAttemptArgs = {
  courseId: Scalars['ID']['input'];
  questions: Array<QuestionInput>;
  topicId: Scalars['ID']['input'];
};


export type MutationCreateAssignmentSubmissionArgs = {
  asset?: InputMaybe<Scalars['String']['input']>;
  assignment?: InputMaybe<Scalars['ID']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  course: Scalars['ID']['input'];
  quizAttempt?: InputMaybe<Scalars['ID']['input']>;
  videoAsset?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateBookmarkArgs = {
  bookmark: CreateBookmarkInput;
};


export type MutationCreateBookmarkFolderArgs = {
  defaultFolder?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};


export type MutationCreateCertificateFromUploadArgs = {
  asset: Scalars['URL']['input'];
  certificateUploadFields?: InputMaybe<Array<CertificateUploadField>>;
};


export type MutationCreateCommentArgs = {
  asset?: InputMaybe<Scalars['URL']['input']>;
  assetFileName?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  commentableId: Scalars['ID']['input'];
  commentableType: CommentableType;
  notificationsEnabled: Scalars['Boolean']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  videoAsset?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreateCommentLikeArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  commentId: Scalars['ID']['input'];
  commentableId: Scalars['ID']['input'];
  commentableType: Scalars['String']['input'];
};


export type MutationCreateInPersonEventArgs = {
  contentType?: InputMaybe<Scalars['String']['input']>;
  endDate: Scalars['Date']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
  meetings: Array<MeetingFields>;
  startDate: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};


export type MutationCreateLearnerArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  licenseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationCreateLearnersArgs = {
  learners: Array<LearnerInput>;
};


export type MutationCreateLearningPathArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  milestones: Array<MilestoneInput>;
  name: Scalars['String']['input'];
};


export type MutationCreateThreadArgs = {
  asset?: InputMaybe<Scalars['URL']['input']>;
  assetFileName?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  commentableType?: InputMaybe<CommentableType>;
  courseId?: InputMaybe<Scalars['ID']['input']>;
  forumId: Scalars['ID']['input'];
  layoutId?: InputMaybe<Scalars['ID']['input']>;
  notificationsEnabled: Scalars['Boolean']['input'];
  title: Scalars['String']['input'];
  videoAsset?: InputMaybe<Scalars['ID']['input']>;
  widgetTitle?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateUnansweredAssessmentAttemptArgs = {
  completedAssessmentAttemptId: Scalars['ID']['input'];
  courseId: Scalars['ID']['input'];
  topicId: Scalars['ID']['input'];
};


export type MutationCurrentUserResetCourseProgressArgs = {
  revokeAccess: Scalars['Boolean']['input'];
  slug: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationDestroyBookmarkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDestroyBookmarkFolderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDestroyCommentArgs = {
  commentableType?: InputMaybe<CommentableType>;
  id: Scalars['ID']['input'];
};


export type MutationDestroyThreadArgs = {
  commentableType?: InputMaybe<CommentableType>;
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMergeAssessmentAttemptIntoCompleteArgs = {
  assessmentAttemptId: Scalars['ID']['input'];
  completedAssessmentAttemptId: Scalars['ID']['input'];
};


export type MutationOrderBookmarkFoldersArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationRedeemRegistrationAndRedemptionCodesArgs = {
  validatedRedemptionCodes: Array<Scalars['String']['input']>;
};


export type MutationReinstateUserCourseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReinstateUserLearningPathArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveCommentLikeArgs = {
  commentId: Scalars['ID']['input'];
  likeId: Scalars['ID']['input'];
};


export type MutationSelectCurrentUserActiveLicenseArgs = {
  licenseId: Scalars['ID']['input'];
};


export type MutationSubmitTestimonialArgs = {
  courseGroupId: Scalars['UUID']['input'];
  testimonial: TestimonialInput;
};


export type MutationUnenrollFromWaitlistArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAssessmentAttemptArgs = {
  activeQuestion?: InputMaybe<QuestionInput>;
  assessmentAttempt?: InputMaybe<AssessmentAttemptInput>;
};


export type MutationUpdateBookmarkArgs = {
  bookmarkFolder: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateBookmarkFolderArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationUpdateCommentArgs = {
  asset?: InputMaybe<Scalars['String']['input']>;
  assetFileName?: InputMaybe<Scalars['String']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  commentableType?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateLearningPathAccessArgs = {
  slug: Scalars['Slug']['input'];
  status: Scalars['String']['input'];
};


export type MutationUpdateThreadArgs = {
  asset?: InputMaybe<Scalars['String']['input']>;
  body: Scalars['String']['input'];
  commentableType?: InputMaybe<CommentableType>;
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationUpdateTopicAndCourseProgressArgs = {
  progress: Scalars['Int']['input'];
  topicId: Scalars['ID']['input'];
};


export type MutationUpdateUserCourseMeetingAttendanceArgs = {
  attended: Scalars['Boolean']['input'];
  courseId?: InputMaybe<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationValidateRedemptionCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationValidateRegistrationCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationAddUserToGroupArgs = {
  groupId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCreateUserArgs = {
  input: CreateUserAccountInput;
};


export type MutationDeactivateByEmailArgs = {
  delete?: InputMaybe<Scalars['Boolean']['input']>;
  email: Scalars['String']['input'];
};


export type MutationDeactivateUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  confirm: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationEnrollUserArgs = {
  courseId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationProvisionLearnerArgs = {
  input: ProvisionLearnerInput;
};


export type MutationReactivateUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSyncProfileArgs = {
  input: SyncProfileInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserAccountInput;
};

export type NodeEnv =
  | 'development'
  | 'production'
  | 'qa'
  | 'staging';

export type Note = {
  __typename?: 'Note';
  body: Scalars['String']['output'];
  cleanTextSelection?: Maybe<Scalars['String']['output']>;
  /** The ID of the Course. */
  course: Course;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  /** The ID of the Note. */
  id: Scalars['ID']['output'];
  lesson?: Maybe<Lesson>;
  lessonTitle?: Maybe<Scalars['String']['output']>;
  section?: Maybe<Section>;
  textPosition?: Maybe<Scalars['Int']['output']>;
  textSelection?: Maybe<Scalars['String']['output']>;
  topic?: Maybe<Topic>;
  topicTitle?: Maybe<Scalars['String']['output']>;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
  user: Scalars['ID']['output'];
};

export type NotebookPage = PageEntity & {
  __typename?: 'NotebookPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Notebook Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

/** Offset pagination as the REST API does it (page is 1-based, at most 100 per page). */
export type OffsetPageInfo = {
  __typename?: 'OffsetPageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  page: Scalars['Int']['output'];
  perPage: Scalars['Int']['output'];
  /** Null when the tenant does not report a total. */
  totalPages?: Maybe<Scalars['Int']['output']>;
};

export type OnboardingSurvey = {
  __typename?: 'OnboardingSurvey';
  /** The ID of the Client. */
  client?: Maybe<Client>;
  company?: Maybe<Company>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Onboarding Survey. */
  id: Scalars['ID']['output'];
  questions?: Maybe<Array<Maybe<OnboardingSurveyQuestion>>>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
};

export type OnboardingSurveyQuestion = {
  __typename?: 'OnboardingSurveyQuestion';
  body?: Maybe<Scalars['String']['output']>;
  choices?: Maybe<Scalars['JSON']['output']>;
  /** The ID of the Onboarding Survey Question. */
  id: Scalars['ID']['output'];
  openEndedResponse?: Maybe<Scalars['String']['output']>;
  ref?: Maybe<Scalars['Int']['output']>;
  required?: Maybe<Scalars['Boolean']['output']>;
  type?: Maybe<OnboardingSurveyQuestionType>;
};

export type OnboardingSurveyQuestionChoice = {
  __typename?: 'OnboardingSurveyQuestionChoice';
  selected: Scalars['Boolean']['output'];
  value: Scalars['String']['output'];
};

export type OnboardingSurveyQuestionChoiceInput = {
  selected: Scalars['Boolean']['input'];
  value: Scalars['String']['input'];
};

export type OnboardingSurveyQuestionType =
  | 'dropDown'
  | 'longText'
  | 'selectBoxes'
  | 'singleField';

export type OnboardingSurveyResponse = {
  __typename?: 'OnboardingSurveyResponse';
  /** The ID of the Onboarding Survey Response. */
  id: Scalars['ID']['output'];
  questions?: Maybe<Array<Maybe<OnboardingSurveyQuestion>>>;
};

export type OnboardingSurveyResponseQuestion = {
  __typename?: 'OnboardingSurveyResponseQuestion';
  body?: Maybe<Scalars['String']['output']>;
  choices?: Maybe<Array<Maybe<OnboardingSurveyQuestionChoice>>>;
  openEndedResponse?: Maybe<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  type?: Maybe<OnboardingSurveyQuestionType>;
};

export type OnboardingSurveyResponses = {
  __typename?: 'OnboardingSurveyResponses';
  questions?: Maybe<Array<Maybe<OnboardingSurveyResponseQuestion>>>;
};

export type OnboardingSurveyResponsesInput = {
  body: Scalars['String']['input'];
  choices?: InputMaybe<Array<InputMaybe<OnboardingSurveyQuestionChoiceInput>>>;
  openEndedResponse?: InputMaybe<Scalars['String']['input']>;
  ref?: InputMaybe<Scalars['Int']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  type: OnboardingSurveyQuestionType;
};

export type OnboardingSurveyScope =
  | 'client'
  | 'company';

export type Order = {
  __typename?: 'Order';
  /** The ID of the Order. */
  id: Scalars['ID']['output'];
};

export type OrderInput = {
  gift: Scalars['Boolean']['input'];
  giftDeliveryDate?: InputMaybe<Scalars['Date']['input']>;
  giftMessage?: InputMaybe<Scalars['String']['input']>;
  giftRecipientEmail?: InputMaybe<Scalars['String']['input']>;
  giftRecipientFirstName?: InputMaybe<Scalars['String']['input']>;
  giftRecipientLastName?: InputMaybe<Scalars['String']['input']>;
  invoiceEnabled: Scalars['Boolean']['input'];
  newsletterSignupChecked: Scalars['Boolean']['input'];
  orderId: Scalars['ID']['input'];
  orderItems?: InputMaybe<Array<OrderItemInput>>;
  paymentIntentId?: InputMaybe<Scalars['String']['input']>;
  paymentMethodId?: InputMaybe<Scalars['String']['input']>;
  shippingMethod?: InputMaybe<Scalars['String']['input']>;
};

export type OrderItemInput = {
  alternativePricingRef?: InputMaybe<Scalars['Int']['input']>;
  alternativePricingType?: InputMaybe<AlternativePricingType>;
  asset?: InputMaybe<Scalars['AbsoluteOrRelativeURL']['input']>;
  confirmationHtml?: InputMaybe<Scalars['String']['input']>;
  couponCode?: InputMaybe<Scalars['String']['input']>;
  courses?: InputMaybe<Array<Scalars['ID']['input']>>;
  gift?: InputMaybe<Scalars['Boolean']['input']>;
  interval?: InputMaybe<Scalars['String']['input']>;
  isBulkPurchase?: InputMaybe<Scalars['Boolean']['input']>;
  learningPaths?: InputMaybe<Array<Scalars['ID']['input']>>;
  membershipPriceInCents?: InputMaybe<Scalars['Int']['input']>;
  needShippingAddress?: InputMaybe<Scalars['Boolean']['input']>;
  needTelephone?: InputMaybe<Scalars['Boolean']['input']>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  priceInCents?: InputMaybe<Scalars['Int']['input']>;
  purchasableId: Scalars['ID']['input'];
  purchasableType: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  sku?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['Slug']['input'];
  taxable: Scalars['Boolean']['input'];
  title: Scalars['String']['input'];
  variationLabel?: InputMaybe<Scalars['String']['input']>;
  variations?: InputMaybe<Array<VariationInput>>;
  weight?: InputMaybe<Scalars['Float']['input']>;
};

export type Organization = {
  __typename?: 'Organization';
  /** The ID of the Organization. */
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

export type PdfViewerPage = PageEntity & {
  __typename?: 'PDFViewerPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  asset?: Maybe<Scalars['String']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  fileDownloadDisabled?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the P D F Viewer Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  printDisabled?: Maybe<Scalars['Boolean']['output']>;
  searchDisabled?: Maybe<Scalars['Boolean']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type Page = {
  __typename?: 'Page';
  /** The ID of the Page. */
  id: Scalars['ID']['output'];
  layoutId?: Maybe<Scalars['String']['output']>;
  loginRestriction: Scalars['Boolean']['output'];
  metaDescription?: Maybe<Scalars['String']['output']>;
  metaTitle?: Maybe<Scalars['String']['output']>;
  prerequisiteCourses?: Maybe<Array<Maybe<Course>>>;
  prerequisiteLearningPaths?: Maybe<Array<Maybe<LearningPath>>>;
  published: Scalars['Boolean']['output'];
  slug: Scalars['Slug']['output'];
  title: Scalars['String']['output'];
};

export type PageEntity = {
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  updatedAt: Scalars['Date']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  currentPage?: Maybe<Scalars['Int']['output']>;
  hasMore?: Maybe<Scalars['Boolean']['output']>;
  perPage?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type PageInfoInput = {
  currentPage?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};

export type PageResource = ArticlePage | AssignmentPage | AudioPage | FlipCardPage | GeneralPage | HighlightZonePage | ListRollPage | MatchPairPage | MeetingPage | NotebookPage | PdfViewerPage | PresentationPage | QuizPage | RecipePage | ScormPage | SlideshowPage | SurveyPage | TallyPage | TestPage | TextPage | VideoPage | WorkbookPage;

export type PaymentIntent = {
  __typename?: 'PaymentIntent';
  error?: Maybe<Scalars['String']['output']>;
  /** The ID of the Payment Intent. */
  id?: Maybe<Scalars['ID']['output']>;
  paymentIntentClientSecret?: Maybe<Scalars['String']['output']>;
  requiresAction: Scalars['Boolean']['output'];
  signedOrder?: Maybe<Scalars['String']['output']>;
  success?: Maybe<Scalars['Boolean']['output']>;
};

export type PrerequisiteResourceType =
  | 'course'
  | 'learningPath';

export type PresentationPage = PageEntity & {
  __typename?: 'PresentationPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  client?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  company: Scalars['String']['output'];
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Presentation Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lesson?: Maybe<Scalars['String']['output']>;
  lessonId: Scalars['ID']['output'];
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  showSidebar?: Maybe<Scalars['Boolean']['output']>;
  slides: Array<Slides>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type PriceInput = {
  annualPriceInCents?: InputMaybe<Scalars['Int']['input']>;
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  instructorAccessPriceInCents?: InputMaybe<Scalars['Int']['input']>;
  priceInCents?: InputMaybe<Scalars['Int']['input']>;
  suggestedRetailPriceInCents?: InputMaybe<Scalars['Int']['input']>;
};

export type Product = {
  __typename?: 'Product';
  alternativePricingRef?: Maybe<Scalars['Int']['output']>;
  alternativePricingType?: Maybe<AlternativePricingType>;
  asset?: Maybe<Scalars['URL']['output']>;
  /** The ID of the Product. */
  id: Scalars['ID']['output'];
  language?: Maybe<Scalars['String']['output']>;
  longDescription?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  priceInCents?: Maybe<Scalars['Int']['output']>;
  purchasable?: Maybe<Scalars['Boolean']['output']>;
  relatedProducts?: Maybe<Array<Maybe<Product>>>;
  status?: Maybe<Status>;
  suggestedRetailPriceInCents?: Maybe<Scalars['Int']['output']>;
};

export type ProvisionLearnerInput = {
  /** True reactivates an existing inactive user so the enrollments can proceed. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Courses to enroll in (each must be published). */
  courses?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only keys configured in the tenant's admin portal. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  email: Scalars['String']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  groups?: InputMaybe<Array<Scalars['ID']['input']>>;
  language?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  ssoId?: InputMaybe<Scalars['String']['input']>;
};

export type ProvisionLearnerResult = {
  __typename?: 'ProvisionLearnerResult';
  alreadyEnrolled: Array<Scalars['ID']['output']>;
  alreadyInGroups: Array<Scalars['ID']['output']>;
  email: Scalars['String']['output'];
  enrolled: Array<Scalars['ID']['output']>;
  failures: Array<LifecycleStepFailure>;
  /** Fields set on a new user; for a linked user only a reactivation. */
  fieldsChanged: Array<LifecycleFieldChange>;
  groupsAdded: Array<Scalars['ID']['output']>;
  outcome: ProvisionOutcome;
  user: UserAccount;
  userId: Scalars['ID']['output'];
};

export type ProvisionOutcome =
  /** A new user was created. */
  | 'CREATED'
  /** A user with this email existed and was used as is. */
  | 'LINKED';

export type PurchasedBundle = {
  __typename?: 'PurchasedBundle';
  /** The ID of the Bundle. */
  bundle?: Maybe<Bundle>;
  bundleId: Scalars['ID']['output'];
};

export type PurchasedCourse = {
  __typename?: 'PurchasedCourse';
  /** The ID of the Certificate. */
  certificate?: Maybe<Scalars['ID']['output']>;
  certificateIssuedAt?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Course. */
  course?: Maybe<Course>;
  courseId: Scalars['ID']['output'];
  instructorAccessPurchased?: Maybe<Scalars['Boolean']['output']>;
  status: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  BadgeLeaderboard: BadgeLeaderboard;
  /** Returns catalog content items and meta data matching with the criterias. The results of this query can be affected by providing an authToken header to set a user for the operation. This query has an additional cost of 3 points. */
  CatalogContent: CatalogContent;
  /** This query returns a list of comments associated with a commentable type. The results of this query can be affected by providing an authToken header to set a user for the operation. */
  Comments?: Maybe<CommentsList>;
  CompanyDetails?: Maybe<CompanyDetails>;
  /** Returns translations from the user's Thought Industries instance. */
  CompanyTranslations: Array<TranslationsList>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  CourseById: Course;
  /** This query returns the Course Group associated with the slug given. */
  CourseGroupBySlug?: Maybe<CourseGroup>;
  /** This query returns a list of testimonials associated with a course group. */
  CourseGroupTestimonials: Array<Testimonial>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  CurrentUser?: Maybe<User>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  CurrentUserLearningPathMilestoneCompletionsBySlug?: Maybe<Array<Maybe<LearningPathAction>>>;
  /** This query returns a forum containing discussion threads within a course, discussion widget, or assignment. The results of this query can be affected by providing an authToken header to set a user for the operation. */
  Forums?: Maybe<Array<Forum>>;
  HeliumBatch: Scalars['String']['output'];
  HeliumDeploymentStatus: Scalars['String']['output'];
  HeliumLaunchData?: Maybe<HeliumLaunchData>;
  /** Returns array of Language objects configured in the Thought Industries instance */
  Languages: Array<Language>;
  /** Returns the learning path associated with the slug. */
  LearningPathBySlug?: Maybe<LearningPath>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  LearningPathCurrentUserAwardTotals?: Maybe<Array<Maybe<AwardTotal>>>;
  /** Returns an existing or new assessment attempt with questions. This is used when user starts a new assessment attempt, or resumes from an in-progress assessment attempt. The results of this query can be affected by providing an authToken header to set a user for the operation. */
  LoadAssessmentAttemptWithQuestions: AssessmentAttempt;
  /** The Load Assessment Attempts query returns all Assessment Attempts within the school. This query requires an authToken header to set a manager user for the operation. */
  LoadAssessmentAttempts?: Maybe<AssessmentAttemptList>;
  /** Returns assessment attempts by course and/or topic. The results of this query can be affected by providing an authToken header to set a user for the operation. */
  LoadAssessmentAttemptsByTopicOrCourse: Array<AssessmentAttempt>;
  /** This query loads quiz questions and other data about the entered quiz(s). This query allows you to fetch questions for multiple quizzes at the same time. The results of this query can be affected by providing an authToken header to set a user for the operation. */
  LoadSuperQuizInfo: SuperQuiz;
  Milestone?: Maybe<Milestone>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  Pages: Array<Maybe<PageResource>>;
  /** Returns completed pages within a course. The results of this query can be affected by providing an authToken header to set a user for the operation. This query has an additional cost of 3 points. */
  PagesCompletedByCourse: Array<PageResource>;
  /** This query has an additional cost of 3 points. */
  QueryContents: Array<Content>;
  RelatedProducts: Array<Product>;
  RssItems: Array<RssItem>;
  /** Returns data to launch SCORM content through Rustici API. */
  RusticiLaunchScorm: RusticiCourseLaunchResponse;
  /** This query returns a list of threads based on a search query provided. It also only works for widet threads. The results of this query can be affected by providing an authToken header to set a user for the operation. */
  SearchThreads: ThreadsList;
  TermsAndConditions: TermsAndConditions;
  /** This query returns a thread based on the ID provided. The results of this query can be affected by providing an authToken header to set a user for the operation. */
  ThreadById?: Maybe<Thread>;
  /** This query returns a list of threads. The results of this query can be affected by providing an authToken header to set a user for the operation. */
  Threads?: Maybe<ThreadsList>;
  /** Returns a content type with information about current users archived content */
  UserArchivedContent: Array<Content>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  UserArchives?: Maybe<Array<ArchivedContent>>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  UserBookmarks?: Maybe<Array<BookmarkFolder>>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  UserBookmarksByFolder?: Maybe<Array<Bookmark>>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  UserCertificateFields?: Maybe<Array<CertificateField>>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  UserCertificates?: Maybe<Array<Maybe<Certificate>>>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  UserContentGroups?: Maybe<Array<ContentGroup>>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. This query has an additional cost of 3 points. */
  UserContentItems?: Maybe<Array<Content>>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  UserCourseAwardCounts: Array<UserAwardCount>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  UserCourseCollaborations: Scalars['Int']['output'];
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. This query has an additional cost of 5 points. */
  UserCourseCompletionProgress?: Maybe<Array<CourseCompletionCriteriaProgress>>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. This query has an additional cost of 5 points. */
  UserCourseProgress?: Maybe<UserProgress>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  UserEarnedBadgeBoard: EarnedBadgeBoard;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. This query has an additional cost of 4 points. */
  UserRecentContent: Array<Content>;
  /** The results of this query can be affected by providing an authToken header to set a user for the operation. */
  UserWaitlist?: Maybe<Array<Content>>;
  /** A user by REST id; a NOT_FOUND error when there is none. */
  user?: Maybe<UserAccount>;
  /** A user by exact email; null when there is none. */
  userByEmail?: Maybe<UserAccount>;
  /** One page of a user's course enrollments. */
  userEnrollments: CourseEnrollmentPage;
  /** Users from the REST API, one page at a time; email filters to an exact address. */
  users: UserAccountPage;
};


export type QueryBadgeLeaderboardArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCatalogContentArgs = {
  contentTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  page: Scalars['Int']['input'];
  query?: InputMaybe<Scalars['String']['input']>;
  resultsDisplayType?: InputMaybe<ContentItemDisplayType>;
  sortColumn?: InputMaybe<SortColumn>;
  sortDirection?: InputMaybe<SortDirection>;
  token?: InputMaybe<Scalars['String']['input']>;
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryCommentsArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  commentableId: Scalars['ID']['input'];
  commentableType: CommentableType;
  page?: InputMaybe<Scalars['Int']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCompanyDetailsArgs = {
  user?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCompanyTranslationsArgs = {
  namespace: TranslationNamespace;
};


export type QueryCourseByIdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCourseGroupBySlugArgs = {
  slug: Scalars['Slug']['input'];
};


export type QueryCourseGroupTestimonialsArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryCurrentUserLearningPathMilestoneCompletionsBySlugArgs = {
  slug: Scalars['Slug']['input'];
};


export type QueryForumsArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  courseId: Scalars['ID']['input'];
};


export type QueryHeliumBatchArgs = {
  key: Scalars['String']['input'];
  nickname: Scalars['String']['input'];
};


export type QueryHeliumDeploymentStatusArgs = {
  atomsScriptHash?: InputMaybe<Scalars['String']['input']>;
  atomsStyleHash?: InputMaybe<Scalars['String']['input']>;
  jobId: Scalars['ID']['input'];
  key?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHeliumLaunchDataArgs = {
  nickname: Scalars['String']['input'];
};


export type QueryLearningPathBySlugArgs = {
  slug: Scalars['Slug']['input'];
};


export type QueryLearningPathCurrentUserAwardTotalsArgs = {
  slug: Scalars['Slug']['input'];
};


export type QueryLoadAssessmentAttemptWithQuestionsArgs = {
  assessmentAttemptId?: InputMaybe<Scalars['ID']['input']>;
  courseId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  instructorAssessmentUserId?: InputMaybe<Scalars['ID']['input']>;
  linkedWorkbookId?: InputMaybe<Scalars['ID']['input']>;
  shouldShuffleAndSubset?: InputMaybe<Scalars['Boolean']['input']>;
  topicType: AssessmentTopicType;
};


export type QueryLoadAssessmentAttemptsArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLoadAssessmentAttemptsByTopicOrCourseArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLoadSuperQuizInfoArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
  includeCorrectAnswers?: InputMaybe<Scalars['Boolean']['input']>;
  quizzes: Array<Scalars['ID']['input']>;
};


export type QueryMilestoneArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPagesArgs = {
  identifiers: Array<Scalars['String']['input']>;
};


export type QueryPagesCompletedByCourseArgs = {
  courseId: Scalars['ID']['input'];
};


export type QueryQueryContentsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryRelatedProductsArgs = {
  courseIds: Array<Scalars['ID']['input']>;
  productIds: Array<Scalars['ID']['input']>;
};


export type QueryRssItemsArgs = {
  feedUrl: Scalars['String']['input'];
};


export type QueryRusticiLaunchScormArgs = {
  isPreview: Scalars['Boolean']['input'];
  topicOrCourseId: Scalars['ID']['input'];
  type?: InputMaybe<ContentOrTopicEnum>;
};


export type QuerySearchThreadsArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  page: Scalars['Int']['input'];
  perPage: Scalars['Int']['input'];
  query?: InputMaybe<Scalars['String']['input']>;
  sort: Scalars['String']['input'];
  widgetForumId: Scalars['ID']['input'];
};


export type QueryThreadByIdArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  commentableType?: InputMaybe<CommentableType>;
  forumId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryThreadsArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  commentableType?: InputMaybe<CommentableType>;
  courseId?: InputMaybe<Scalars['ID']['input']>;
  forumId: Scalars['ID']['input'];
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserBookmarksByFolderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserCertificatesArgs = {
  includeExpiredCertificates?: InputMaybe<Scalars['Boolean']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUserContentGroupsArgs = {
  includeExpiredCertificates?: InputMaybe<Scalars['Boolean']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUserContentItemsArgs = {
  kind?: InputMaybe<Array<ContentKind>>;
  query?: InputMaybe<Scalars['String']['input']>;
  sortColumn?: InputMaybe<SortColumn>;
  sortDirection?: InputMaybe<SortDirection>;
};


export type QueryUserCourseAwardCountsArgs = {
  courseId: Scalars['ID']['input'];
};


export type QueryUserCourseCollaborationsArgs = {
  courseId: Scalars['ID']['input'];
};


export type QueryUserCourseCompletionProgressArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserCourseProgressArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserRecentContentArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserByEmailArgs = {
  email: Scalars['String']['input'];
};


export type QueryUserEnrollmentsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  email?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};

export type Question = {
  __typename?: 'Question';
  addAndDeleteRowsEnabled: Scalars['Boolean']['output'];
  additionalContent?: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  choices?: Maybe<Array<QuestionChoice>>;
  /** The ID of the Copy Answer From Assessment. */
  copyAnswerFromAssessmentId?: Maybe<Scalars['ID']['output']>;
  copyAnswerFromQuestion?: Maybe<Question>;
  /** The ID of the Copy Answer From Question. */
  copyAnswerFromQuestionId?: Maybe<Scalars['ID']['output']>;
  /** Returns true when the Question is deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  displayOption?: Maybe<QuestionDisplayOption>;
  fileSubmissionAsset?: Maybe<Scalars['String']['output']>;
  gradedAsCorrect?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Question. */
  id: Scalars['ID']['output'];
  mustSelectAllCorrectChoices: Scalars['Boolean']['output'];
  openEndedResponse?: Maybe<Scalars['String']['output']>;
  /** The ID of the Parent Question. */
  parentQuestion?: Maybe<Scalars['ID']['output']>;
  placeholder?: Maybe<Scalars['String']['output']>;
  postText?: Maybe<Scalars['String']['output']>;
  postText2?: Maybe<Scalars['String']['output']>;
  postTextDisplayOption?: Maybe<QuestionDisplayOption>;
  postTextDisplayOption2?: Maybe<QuestionDisplayOption>;
  preText?: Maybe<Scalars['String']['output']>;
  preText2?: Maybe<Scalars['String']['output']>;
  preTextDisplayOption?: Maybe<QuestionDisplayOption>;
  preTextDisplayOption2?: Maybe<QuestionDisplayOption>;
  preselectedChoices?: Maybe<Array<Scalars['String']['output']>>;
  questionCategory?: Maybe<QuestionCategory>;
  /** The ID of the Question Category. */
  questionCategoryId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Question. */
  questionId?: Maybe<Scalars['ID']['output']>;
  required: Scalars['Boolean']['output'];
  response?: Maybe<Scalars['String']['output']>;
  selectedChoice?: Maybe<QuestionChoice>;
  table?: Maybe<QuestionTable>;
  tableResponse?: Maybe<QuestionTable>;
  type?: Maybe<Scalars['String']['output']>;
};

export type QuestionCategory = {
  __typename?: 'QuestionCategory';
  defaultCategory: Scalars['Boolean']['output'];
  /** Returns true when the Question Category is deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Question Category. */
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  questions?: Maybe<Scalars['Int']['output']>;
};

export type QuestionCategoryInput = {
  defaultCategory: Scalars['Boolean']['input'];
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  questions?: InputMaybe<Scalars['Int']['input']>;
};

export type QuestionChoice = {
  __typename?: 'QuestionChoice';
  altText?: Maybe<Scalars['String']['output']>;
  asset?: Maybe<Scalars['String']['output']>;
  choiceId?: Maybe<Scalars['String']['output']>;
  correct: Scalars['Boolean']['output'];
  points?: Maybe<Scalars['Int']['output']>;
  response?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type QuestionChoiceInput = {
  altText?: InputMaybe<Scalars['String']['input']>;
  asset?: InputMaybe<Scalars['String']['input']>;
  choiceId?: InputMaybe<Scalars['String']['input']>;
  correct: Scalars['Boolean']['input'];
  points?: InputMaybe<Scalars['Int']['input']>;
  response?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
  valueArray?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type QuestionDisplayOption =
  | 'always'
  | 'assessmentOnly'
  | 'resultsOnly';

export type QuestionInput = {
  addAndDeleteRowsEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  additionalContent?: InputMaybe<Scalars['String']['input']>;
  body: Scalars['String']['input'];
  choices?: InputMaybe<Array<QuestionChoiceInput>>;
  copyAnswerFromAssessmentId?: InputMaybe<Scalars['ID']['input']>;
  copyAnswerFromQuestion?: InputMaybe<QuestionInput>;
  copyAnswerFromQuestionId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  displayOption?: InputMaybe<QuestionDisplayOption>;
  fileSubmissionAsset?: InputMaybe<Scalars['String']['input']>;
  mustSelectAllCorrectChoices: Scalars['Boolean']['input'];
  openEndedResponse?: InputMaybe<Scalars['String']['input']>;
  parentQuestion?: InputMaybe<Scalars['ID']['input']>;
  placeholder?: InputMaybe<Scalars['String']['input']>;
  postText?: InputMaybe<Scalars['String']['input']>;
  postText2?: InputMaybe<Scalars['String']['input']>;
  postTextDisplayOption?: InputMaybe<QuestionDisplayOption>;
  postTextDisplayOption2?: InputMaybe<QuestionDisplayOption>;
  preText?: InputMaybe<Scalars['String']['input']>;
  preText2?: InputMaybe<Scalars['String']['input']>;
  preTextDisplayOption?: InputMaybe<QuestionDisplayOption>;
  preTextDisplayOption2?: InputMaybe<QuestionDisplayOption>;
  preselectedChoices?: InputMaybe<Array<Scalars['String']['input']>>;
  questionCategory?: InputMaybe<QuestionCategoryInput>;
  questionCategoryId?: InputMaybe<Scalars['ID']['input']>;
  questionId?: InputMaybe<Scalars['ID']['input']>;
  response?: InputMaybe<Scalars['String']['input']>;
  selectedChoice?: InputMaybe<QuestionChoiceInput>;
  table?: InputMaybe<QuestionTableInput>;
  tableResponse?: InputMaybe<QuestionTableInput>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type QuestionPool = {
  __typename?: 'QuestionPool';
  /** The ID of the Question Pool. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  questions?: Maybe<Array<Question>>;
  subsetSize?: Maybe<Scalars['Int']['output']>;
};

export type QuestionTable = {
  __typename?: 'QuestionTable';
  headers?: Maybe<Array<QuestionTableCell>>;
  rows?: Maybe<Array<Maybe<Array<QuestionTableCell>>>>;
};

export type QuestionTableCell = {
  __typename?: 'QuestionTableCell';
  locked: Scalars['Boolean']['output'];
  value?: Maybe<Scalars['String']['output']>;
  weight?: Maybe<Scalars['String']['output']>;
};

export type QuestionTableCellInput = {
  locked: Scalars['Boolean']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
  weight?: InputMaybe<Scalars['String']['input']>;
};

export type QuestionTableInput = {
  headers?: InputMaybe<Array<QuestionTableCellInput>>;
  rows?: InputMaybe<Array<InputMaybe<Array<QuestionTableCellInput>>>>;
};

export type QuizPage = AssessmentPageEntity & PageEntity & {
  __typename?: 'QuizPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  allowToResume?: Maybe<Scalars['Boolean']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  continueAfterTimerExpires?: Maybe<Scalars['Boolean']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  displayAllHints?: Maybe<Scalars['Boolean']['output']>;
  displayAttemptNumbers?: Maybe<Scalars['Int']['output']>;
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  failMessage?: Maybe<Scalars['String']['output']>;
  hintControlEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Quiz Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  instructorAssessment?: Maybe<Scalars['Boolean']['output']>;
  isGraded?: Maybe<Scalars['Boolean']['output']>;
  lessonId: Scalars['ID']['output'];
  maxAttempts?: Maybe<Scalars['Int']['output']>;
  minPassingPercent?: Maybe<Scalars['Int']['output']>;
  navigationDisabled?: Maybe<Scalars['Boolean']['output']>;
  passMessage?: Maybe<Scalars['String']['output']>;
  preventProgression?: Maybe<Scalars['Boolean']['output']>;
  questionSkipEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** This field has an additional cost of 3 points. */
  questions: Array<QuizQuestion>;
  showAnswerAfterPass?: Maybe<Scalars['Boolean']['output']>;
  startMessage?: Maybe<Scalars['String']['output']>;
  timeLimitInSeconds?: Maybe<Scalars['Int']['output']>;
  timePerQuestionInSeconds?: Maybe<Scalars['Int']['output']>;
  timerEnabled?: Maybe<Scalars['Boolean']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type QuizQuestion = {
  __typename?: 'QuizQuestion';
  addAndDeleteRowsEnabled?: Maybe<Scalars['Boolean']['output']>;
  additionalContent?: Maybe<Scalars['String']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  choices?: Maybe<Array<QuestionChoice>>;
  copyAnswerFromAssessmentId?: Maybe<Scalars['String']['output']>;
  copyAnswerFromQuestionId?: Maybe<Scalars['String']['output']>;
  displayOption?: Maybe<QuestionDisplayOption>;
  fileSubmissionAsset?: Maybe<Scalars['String']['output']>;
  gradedAsCorrect?: Maybe<Scalars['Boolean']['output']>;
  hasChoices?: Maybe<Scalars['Boolean']['output']>;
  isBooleanChoice?: Maybe<Scalars['Boolean']['output']>;
  isBooleanChoiceOrMultipleChoice?: Maybe<Scalars['Boolean']['output']>;
  isEssay?: Maybe<Scalars['Boolean']['output']>;
  isFileSubmission?: Maybe<Scalars['Boolean']['output']>;
  isImageComparison?: Maybe<Scalars['Boolean']['output']>;
  isLikert?: Maybe<Scalars['Boolean']['output']>;
  isMultipleChoice?: Maybe<Scalars['Boolean']['output']>;
  isOpenEnded?: Maybe<Scalars['Boolean']['output']>;
  isOpenEndedOrEssay: Scalars['Boolean']['output'];
  isSelectBoxes?: Maybe<Scalars['Boolean']['output']>;
  isTable?: Maybe<Scalars['Boolean']['output']>;
  mustSelectAllCorrectChoices?: Maybe<Scalars['Boolean']['output']>;
  openEndedResponse?: Maybe<Scalars['String']['output']>;
  parentQuestion?: Maybe<Scalars['String']['output']>;
  placeholder?: Maybe<Scalars['String']['output']>;
  postText?: Maybe<Scalars['String']['output']>;
  postText2?: Maybe<Scalars['String']['output']>;
  postTextDisplayOption?: Maybe<QuestionDisplayOption>;
  postTextDisplayOption2?: Maybe<QuestionDisplayOption>;
  preText?: Maybe<Scalars['String']['output']>;
  preText2?: Maybe<Scalars['String']['output']>;
  preTextDisplayOption?: Maybe<QuestionDisplayOption>;
  preTextDisplayOption2?: Maybe<QuestionDisplayOption>;
  preselectedChoices?: Maybe<Array<QuestionChoice>>;
  /** The ID of the Question Category. */
  questionCategoryId?: Maybe<Scalars['ID']['output']>;
  questionId?: Maybe<Scalars['String']['output']>;
  questionType?: Maybe<Scalars['String']['output']>;
  required?: Maybe<Scalars['Boolean']['output']>;
  response?: Maybe<Scalars['String']['output']>;
  scormInteractionType?: Maybe<Scalars['String']['output']>;
  selectedChoice?: Maybe<QuestionChoice>;
  selectedChoiceOrNoChoiceAvailable?: Maybe<Scalars['Boolean']['output']>;
  shouldCheckAnswers?: Maybe<Scalars['Boolean']['output']>;
  shouldDisplayOnResults?: Maybe<Scalars['Boolean']['output']>;
  table?: Maybe<QuestionTable>;
  tableResponse?: Maybe<QuestionTable>;
  type?: Maybe<Scalars['String']['output']>;
};

export type RecipePage = PageEntity & {
  __typename?: 'RecipePage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  asset?: Maybe<Scalars['String']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  client?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  description?: Maybe<Scalars['String']['output']>;
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Recipe Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  ingredientGroups: Array<IngredientGroup>;
  lessonId: Scalars['ID']['output'];
  nutrition?: Maybe<Scalars['String']['output']>;
  pairing?: Maybe<Scalars['String']['output']>;
  pairingIcon?: Maybe<Scalars['String']['output']>;
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  steps: Array<IngredientStep>;
  time?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
  yield?: Maybe<Scalars['String']['output']>;
};

export type RecommendationAssessment = {
  __typename?: 'RecommendationAssessment';
  /** The ID of the Client. */
  client?: Maybe<Client>;
  company?: Maybe<Company>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Recommendation Assessment. */
  id: Scalars['ID']['output'];
  questions?: Maybe<Array<Maybe<RecommendationAssessmentQuestion>>>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
};

export type RecommendationAssessmentQuestion = {
  __typename?: 'RecommendationAssessmentQuestion';
  body: Scalars['String']['output'];
  choices?: Maybe<Scalars['JSON']['output']>;
  /** The ID of the Recommendation Assessment Question. */
  id: Scalars['ID']['output'];
  type: RecommendationAssessmentQuestionType;
};

export type RecommendationAssessmentQuestionType =
  | 'dropDown'
  | 'multipleChoice'
  | 'selectBoxes';

export type RecommendationAssessmentResponse = {
  __typename?: 'RecommendationAssessmentResponse';
  /** The ID of the Assessment Response. */
  assessmentResponseId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Company. */
  company?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Recommendation Assessment Response. */
  id: Scalars['ID']['output'];
  questions?: Maybe<Array<RecommendationAssessmentResponseQuestion>>;
  /** The ID of the Recommendation Assessment. */
  recommendationAssessment?: Maybe<Scalars['ID']['output']>;
  /** The ID of the User. */
  user?: Maybe<Scalars['ID']['output']>;
};

export type RecommendationAssessmentResponseQuestion = {
  __typename?: 'RecommendationAssessmentResponseQuestion';
  body: Scalars['String']['output'];
  choices?: Maybe<Scalars['JSON']['output']>;
  type: RecommendationAssessmentQuestionType;
};

export type RecommendationAssessmentResponseQuestionInput = {
  body: Scalars['String']['input'];
  choices?: InputMaybe<Scalars['JSON']['input']>;
  type: RecommendationAssessmentQuestionType;
};

export type RecommendationAssessmentScope =
  | 'client'
  | 'company';

export type RedeemedRegistrationRedemptionResult = {
  __typename?: 'RedeemedRegistrationRedemptionResult';
  redeemed: Scalars['Boolean']['output'];
};

export type RedemptionCode = {
  __typename?: 'RedemptionCode';
  errors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  index?: Maybe<Scalars['Int']['output']>;
  redemptionCode: Scalars['String']['output'];
};

export type RedemptionCodeGroup = {
  __typename?: 'RedemptionCodeGroup';
  accessDays?: Maybe<Scalars['Int']['output']>;
  accessExpirationDate?: Maybe<Scalars['Date']['output']>;
  bundles?: Maybe<Array<Bundle>>;
  /** The ID of the Client. */
  client?: Maybe<Client>;
  codeLength?: Maybe<Scalars['Int']['output']>;
  courses?: Maybe<Array<Course>>;
  expirationDate?: Maybe<Scalars['Date']['output']>;
  gift?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Redemption Code Group. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  learningPaths?: Maybe<Array<LearningPath>>;
  licenses?: Maybe<Array<License>>;
  redeemedCodesCount?: Maybe<Scalars['Int']['output']>;
  totalCodesCount?: Maybe<Scalars['Int']['output']>;
  uploaded?: Maybe<Scalars['Boolean']['output']>;
};

export type RedemptionCodeGroupList = {
  __typename?: 'RedemptionCodeGroupList';
  pageInfo: PageInfo;
  redemptionCodeGroups?: Maybe<Array<RedemptionCodeGroup>>;
};

export type RefundCharge = {
  __typename?: 'RefundCharge';
  charge?: Maybe<UserPurchase>;
  error?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  success?: Maybe<Scalars['Boolean']['output']>;
};

export type RegistrationCode = {
  __typename?: 'RegistrationCode';
  accessDays?: Maybe<Scalars['Int']['output']>;
  accessExpirationDate?: Maybe<Scalars['Date']['output']>;
  bundles?: Maybe<Array<Bundle>>;
  /** The ID of the Client. */
  client?: Maybe<Client>;
  code: Scalars['String']['output'];
  courses?: Maybe<Array<Course>>;
  expirationDate?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Registration Code. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  learningPaths?: Maybe<Array<LearningPath>>;
  licenses?: Maybe<Array<License>>;
  maxRedemptions?: Maybe<Scalars['Int']['output']>;
  timesRedeemed?: Maybe<Scalars['Int']['output']>;
};

export type RegistrationCodeList = {
  __typename?: 'RegistrationCodeList';
  pageInfo: PageInfo;
  registrationCodes?: Maybe<Array<RegistrationCode>>;
};

export type ReleaseType =
  | 'release'
  | 'unrelease';

export type Resource = {
  __typename?: 'Resource';
  /** The ID of the Resource. */
  id: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type Ribbon = {
  __typename?: 'Ribbon';
  color?: Maybe<Scalars['String']['output']>;
  contrastColor?: Maybe<Scalars['String']['output']>;
  darkerColor?: Maybe<Scalars['String']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  slug: Scalars['Slug']['output'];
};

export type Role = {
  __typename?: 'Role';
  activeUserCount?: Maybe<Scalars['Int']['output']>;
  hasAccessToAllCourses: Scalars['Boolean']['output'];
  hasManagerInterfaceAccess: Scalars['Boolean']['output'];
  /** The ID of the Role. */
  id: Scalars['ID']['output'];
  keyName?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  passwordLength: Scalars['Int']['output'];
  passwordNumbers: Scalars['Int']['output'];
  passwordSummary?: Maybe<Scalars['String']['output']>;
  passwordSymbols: Scalars['Int']['output'];
  passwordUppercases: Scalars['Int']['output'];
  permissions?: Maybe<Scalars['JSON']['output']>;
  resetPasswordCount?: Maybe<Scalars['Int']['output']>;
  resetPasswordUnit?: Maybe<Scalars['String']['output']>;
  timeoutCount: Scalars['Int']['output'];
  timeoutUnit: Scalars['String']['output'];
  weight?: Maybe<Scalars['Int']['output']>;
};

export type RoleKind =
  | 'client';

export type RoleRequirementUnit =
  | 'day'
  | 'hour'
  | 'minute'
  | 'month'
  | 'week'
  | 'year';

export type RoleTypeToDisable =
  | 'learner'
  | 'manager';

export type RootLayout = {
  __typename?: 'RootLayout';
  favicon?: Maybe<Scalars['String']['output']>;
  footerScripts?: Maybe<Scalars['String']['output']>;
  headerScripts?: Maybe<Scalars['String']['output']>;
  /** The ID of the Root Layout. */
  id: Scalars['ID']['output'];
};

export type RssItem = {
  __typename?: 'RssItem';
  author?: Maybe<Scalars['String']['output']>;
  categories: Array<Scalars['String']['output']>;
  date?: Maybe<Scalars['Date']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The ID of the Rss Item. */
  id: Scalars['ID']['output'];
  imageAltTitle?: Maybe<Scalars['String']['output']>;
  imageUrl?: Maybe<Scalars['String']['output']>;
  link?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/** Contains data to launch SCORM content through Rustici API. */
export type RusticiCourseLaunchResponse = {
  __typename?: 'RusticiCourseLaunchResponse';
  /** The title of the Topic Or Course. */
  courseTitle?: Maybe<Scalars['String']['output']>;
  /** Informs the client whether the SCORM content should be launched in full screen or windowed. */
  fullscreenEmbed: Scalars['Boolean']['output'];
  /** The height of the container to launch the SCORM content. This is only applicable for Topic when the topic has configured the `Height` option. Defaults to `680px` for both pop-ups and embedded SCORM files. */
  height?: Maybe<Scalars['Int']['output']>;
  /** Flag to indicate a Course entity in Rustici API. */
  isRusticiCourse: Scalars['Boolean']['output'];
  /** The endpoint to check completion status for the current user registration. This requires a `POST` method and request body with JWT. Example curl request: `curl --location --request POST '<registrationCheckerEndpoint>' --header 'Content-Type: application/x-www-form-urlencoded' --data-urlencode 'jwt=<registrationCheckerJWT>'` */
  registrationCheckerEndpoint: Scalars['URL']['output'];
  /** The JWT to check completion status for the current user registration. */
  registrationCheckerJWT: Scalars['String']['output'];
  /** The ID of user registration in Rustici API. */
  registrationId: Scalars['ID']['output'];
  /** The URL to launch SCORM content. */
  url: Scalars['AbsoluteOrRelativeURL']['output'];
  /** The width of the container to launch the SCORM content. This is only applicable for Topic when the topic has configured the `Width` option. Defaults to `1000px` for pop-ups, and 100% for embedded SCORM files. */
  width?: Maybe<Scalars['Int']['output']>;
};

export type RusticiImportJobStatus = {
  __typename?: 'RusticiImportJobStatus';
  entryPoint?: Maybe<Scalars['RelativeURL']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
};

export type RusticiLaunch = {
  __typename?: 'RusticiLaunch';
  completionStatus?: Maybe<Scalars['String']['output']>;
  exitTime?: Maybe<Scalars['Date']['output']>;
  historyLog?: Maybe<Scalars['String']['output']>;
  /** The ID of the Rustici Launch. */
  id: Scalars['ID']['output'];
  lastRuntimeUpdate?: Maybe<Scalars['Date']['output']>;
  launchTime?: Maybe<Scalars['Date']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
  successStatus?: Maybe<Scalars['String']['output']>;
  totalSecondsTracked?: Maybe<Scalars['Int']['output']>;
};

export type RusticiRegistration = {
  __typename?: 'RusticiRegistration';
  activityAttempts?: Maybe<Scalars['Int']['output']>;
  activityCompletionStatus?: Maybe<Scalars['String']['output']>;
  activitySuccessStatus?: Maybe<Scalars['String']['output']>;
  completedDate?: Maybe<Scalars['Date']['output']>;
  courseVersion?: Maybe<Scalars['Int']['output']>;
  createdDate?: Maybe<Scalars['Date']['output']>;
  firstAccessDate?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Rustici Registration. */
  id: Scalars['String']['output'];
  lastAccessDate?: Maybe<Scalars['Date']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  totalSecondsTracked?: Maybe<Scalars['Int']['output']>;
};

export type RusticiRegistrationList = {
  __typename?: 'RusticiRegistrationList';
  pageInfo: CursorPageInfo;
  registrations?: Maybe<Array<RusticiRegistration>>;
};

export type SsoAttributeMapping = {
  __typename?: 'SSOAttributeMapping';
  keyAttribute?: Maybe<Scalars['String']['output']>;
  keyName: Scalars['String']['output'];
};

export type SsoSettings = {
  __typename?: 'SSOSettings';
  /** The ID of the Bundle. */
  bundle?: Maybe<Bundle>;
  /** The ID of the Bundle. */
  bundleId?: Maybe<Scalars['ID']['output']>;
  casAttributeMappings?: Maybe<Array<Maybe<SsoAttributeMapping>>>;
  casServerUrl?: Maybe<Scalars['URL']['output']>;
  externalEcommerceUrl?: Maybe<Scalars['URL']['output']>;
  externalLoginUrl?: Maybe<Scalars['URL']['output']>;
  externalLogoutUrl?: Maybe<Scalars['URL']['output']>;
  externalProfileUrl?: Maybe<Scalars['URL']['output']>;
  externalRegisterUrl?: Maybe<Scalars['URL']['output']>;
  hasOpenIdClientSecret: Scalars['Boolean']['output'];
  /** The ID of the S S O Settings. */
  id: Scalars['ID']['output'];
  openIdAttributeMappings?: Maybe<Array<Maybe<SsoAttributeMapping>>>;
  openIdAuthorizationParameters?: Maybe<Scalars['JSON']['output']>;
  openIdAuthorizationUrl?: Maybe<Scalars['URL']['output']>;
  openIdClientId?: Maybe<Scalars['String']['output']>;
  openIdClientSecret?: Maybe<Scalars['String']['output']>;
  openIdEndSessionUrl?: Maybe<Scalars['URL']['output']>;
  openIdIssuer?: Maybe<Scalars['URL']['output']>;
  openIdSigningAlgorithm?: Maybe<Scalars['String']['output']>;
  openIdTokenUrl?: Maybe<Scalars['URL']['output']>;
  openIdUserInfoUrl?: Maybe<Scalars['URL']['output']>;
  openIdWellKnownUrl?: Maybe<Scalars['URL']['output']>;
  samlAllowUnencryptedAssertions?: Maybe<Scalars['Boolean']['output']>;
  samlAttributeMappings?: Maybe<Array<Maybe<SsoAttributeMapping>>>;
  samlForceReAuth?: Maybe<Scalars['Boolean']['output']>;
  samlIdpCertificate?: Maybe<Scalars['String']['output']>;
  samlSignRequests?: Maybe<Scalars['Boolean']['output']>;
  samlSingleLogoutUrl?: Maybe<Scalars['URL']['output']>;
  samlSingleSignonUrl?: Maybe<Scalars['URL']['output']>;
};

export type SalesforceAgreement = {
  __typename?: 'SalesforceAgreement';
  displaySeatLimits: Scalars['Boolean']['output'];
  panoramasContracted?: Maybe<Scalars['Int']['output']>;
  tier1Volume?: Maybe<Scalars['Int']['output']>;
  usageType?: Maybe<SalesforceAgreementUsageType>;
};

export type SalesforceAgreementUsageType =
  | 'annualSeats'
  | 'annualUsers'
  | 'monthlySeats'
  | 'monthlyUsers';

export type SalesforceConnection = {
  __typename?: 'SalesforceConnection';
  accountMatching: Scalars['Boolean']['output'];
  domainBlacklist?: Maybe<Scalars['String']['output']>;
  fallbackAccountId?: Maybe<Scalars['String']['output']>;
  /** The ID of the Salesforce Connection. */
  id: Scalars['ID']['output'];
  identityURL?: Maybe<Scalars['URL']['output']>;
  instanceURL?: Maybe<Scalars['URL']['output']>;
  issuedAt?: Maybe<Scalars['Date']['output']>;
  latestVersion?: Maybe<Scalars['String']['output']>;
  organizationId?: Maybe<Scalars['String']['output']>;
  organizationName?: Maybe<Scalars['String']['output']>;
  packageVersion?: Maybe<Scalars['String']['output']>;
  packageVersions?: Maybe<Array<SalesforcePackageVersion>>;
  scope?: Maybe<Scalars['String']['output']>;
  syncTime?: Maybe<Scalars['String']['output']>;
  tokenType?: Maybe<Scalars['String']['output']>;
  userId?: Maybe<Scalars['String']['output']>;
  userName?: Maybe<Scalars['String']['output']>;
};

export type SalesforceContact = {
  __typename?: 'SalesforceContact';
  accountId?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  /** The ID of the Salesforce Contact. */
  id: Scalars['ID']['output'];
  lastName?: Maybe<Scalars['String']['output']>;
};

export type SalesforceInstanceSettings = {
  __typename?: 'SalesforceInstanceSettings';
  /** The ID of the Instance. */
  instanceId?: Maybe<Scalars['ID']['output']>;
  status: SalesforceInstanceStatus;
};

export type SalesforceInstanceStatus =
  /** Live Production (active) */
  | 'active'
  /** Trial (active) */
  | 'activeTrial'
  /** Terminated: Data Deleted (inactive) */
  | 'deleted'
  /** Pending Instance Creation (active) */
  | 'pendingCreation'
  /** Terminated: Pending Data Deletion (inactive) */
  | 'pendingDeletion'
  /** Terminated: Update URL (inactive) */
  | 'pendingTermination'
  /** Sandbox (active) */
  | 'sandbox'
  /** Terminated: 30 Day Data Extract Period (inactive) */
  | 'terminationHold'
  /** Terminated: 45 Day Waiting Period (inactive) */
  | 'terminationWait'
  /** Trial Completed (inactive) */
  | 'trialCompleted'
  /** Unknown */
  | 'unknown';

export type SalesforcePackageVersion = {
  __typename?: 'SalesforcePackageVersion';
  label: Scalars['String']['output'];
  syncEligible: Scalars['Boolean']['output'];
  value: Scalars['ID']['output'];
};

export type SalesforceProvisionResult = {
  __typename?: 'SalesforceProvisionResult';
  newUser: Scalars['Boolean']['output'];
  user: User;
};

export type ScormAttempt = {
  __typename?: 'ScormAttempt';
  completionStatus: Scalars['String']['output'];
  /** The ID of the Course. */
  course: Course;
  interactions?: Maybe<Array<ScormInteraction>>;
  maxScore?: Maybe<Scalars['Int']['output']>;
  minScore?: Maybe<Scalars['Int']['output']>;
  passed: Scalars['Boolean']['output'];
  rawScore?: Maybe<Scalars['Int']['output']>;
  topic: Topic;
  user: User;
};

export type ScormInteraction = {
  __typename?: 'ScormInteraction';
  questionDescription: Scalars['String']['output'];
  questionId: Scalars['String']['output'];
  result: Scalars['String']['output'];
  studentResponse: Scalars['String']['output'];
};

export type ScormInteractionInput = {
  questionDescription?: InputMaybe<Scalars['String']['input']>;
  questionId: Scalars['String']['input'];
  result?: InputMaybe<Scalars['String']['input']>;
  studentResponse?: InputMaybe<Scalars['String']['input']>;
};

export type ScormLaunchDetail = {
  __typename?: 'ScormLaunchDetail';
  courseDirectory?: Maybe<Scalars['String']['output']>;
  courseId: Scalars['String']['output'];
  studentId: Scalars['String']['output'];
  studentName: Scalars['String']['output'];
};

export type ScormPage = PageEntity & {
  __typename?: 'ScormPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  centralLibraryItemId?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  directoryEntryPoint?: Maybe<Scalars['String']['output']>;
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  embeddedEnabled?: Maybe<Scalars['Boolean']['output']>;
  enabledRevertProgress?: Maybe<Scalars['Boolean']['output']>;
  fullscreenEmbed?: Maybe<Scalars['Boolean']['output']>;
  height?: Maybe<Scalars['Int']['output']>;
  /** The ID of the Scorm Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  isCentralLibraryItem?: Maybe<Scalars['Boolean']['output']>;
  lessonId: Scalars['ID']['output'];
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  preventProgression?: Maybe<Scalars['Boolean']['output']>;
  resetSessionAfterComplete?: Maybe<Scalars['Boolean']['output']>;
  scoTitle?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
  useProxy?: Maybe<Scalars['Boolean']['output']>;
  width?: Maybe<Scalars['Int']['output']>;
};

export type SeatPackage = {
  __typename?: 'SeatPackage';
  seats: Scalars['Int']['output'];
};

export type SeatPackageInput = {
  seats: Scalars['Int']['input'];
};

export type SeatTier = {
  __typename?: 'SeatTier';
  priceInCents: Scalars['Int']['output'];
  seats: Scalars['Int']['output'];
};

export type SeatTierInput = {
  priceInCents: Scalars['Int']['input'];
  seats: Scalars['Int']['input'];
};

export type Section = {
  __typename?: 'Section';
  /** The ID of the Section. */
  id: Scalars['ID']['output'];
  lessons?: Maybe<Array<Maybe<Lesson>>>;
  slug: Scalars['Slug']['output'];
  status?: Maybe<Status>;
  title?: Maybe<Scalars['String']['output']>;
};

export type ShippingMethod = {
  __typename?: 'ShippingMethod';
  /** The ID of the Shipping Method. */
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  priceInCents?: Maybe<Scalars['Int']['output']>;
};

export type ShippingRate = {
  __typename?: 'ShippingRate';
  company: Scalars['ID']['output'];
  country: Scalars['String']['output'];
  /** The ID of the Shipping Rate. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  orderPriceInCentsLimitLower?: Maybe<Scalars['Int']['output']>;
  orderPriceInCentsLimitUpper?: Maybe<Scalars['Int']['output']>;
  orderWeightLimitLower?: Maybe<Scalars['Int']['output']>;
  orderWeightLimitUpper?: Maybe<Scalars['Int']['output']>;
  priceInCents: Scalars['Int']['output'];
};

export type ShippingRateInput = {
  country: Scalars['String']['input'];
  name: Scalars['String']['input'];
  orderPriceInCentsLimitLower?: InputMaybe<Scalars['Int']['input']>;
  orderPriceInCentsLimitUpper?: InputMaybe<Scalars['Int']['input']>;
  orderWeightLimitLower?: InputMaybe<Scalars['Int']['input']>;
  orderWeightLimitUpper?: InputMaybe<Scalars['Int']['input']>;
  priceInCents: Scalars['Int']['input'];
};

export type ShippingRateList = {
  __typename?: 'ShippingRateList';
  pageInfo: PageInfo;
  shippingRates?: Maybe<Array<ShippingRate>>;
};

export type SimilarContentType =
  | 'courseGroups'
  | 'courses'
  | 'learningPaths';

export type Slides = {
  __typename?: 'Slides';
  altText?: Maybe<Scalars['String']['output']>;
  asset: Scalars['String']['output'];
  audioAsset?: Maybe<Scalars['String']['output']>;
  caption?: Maybe<Scalars['String']['output']>;
  timeSeconds?: Maybe<Scalars['Int']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  unrestrictedHeight: Scalars['Boolean']['output'];
};

export type SlideshowPage = PageEntity & {
  __typename?: 'SlideshowPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Slideshow Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  showSidebar?: Maybe<Scalars['Boolean']['output']>;
  slides: Array<Slides>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type Snippet = {
  __typename?: 'Snippet';
  body: Scalars['String']['output'];
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Snippet. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
};

export type SortColumn =
  | 'courseStartDate'
  | 'createdAt'
  | 'displayDate'
  | 'label'
  | 'lastActiveAt'
  | 'name'
  | 'parentName'
  | 'publishDate'
  | 'relevance'
  | 'title'
  | 'updatedAt';

export type SortDirection =
  | 'asc'
  | 'desc';

export type SortInfo = {
  __typename?: 'SortInfo';
  columnId: Scalars['String']['output'];
  direction: SortDirection;
};

export type SortInfoInput = {
  columnId: Scalars['String']['input'];
  direction: SortDirection;
};

export type Status =
  | 'archived'
  | 'authoring'
  | 'deleted'
  | 'draft'
  | 'loginRestriction'
  | 'pending'
  | 'published';

export type StripeAccount = {
  __typename?: 'StripeAccount';
  chargeEnabled: Scalars['Boolean']['output'];
  /** The ID of the Stripe Account. */
  id: Scalars['ID']['output'];
  mode: StripeAccountMode;
  name?: Maybe<Scalars['String']['output']>;
  transferEnabled: Scalars['Boolean']['output'];
};

export type StripeAccountMode =
  | 'live'
  | 'test';

export type Sublicense = {
  __typename?: 'Sublicense';
  /** Returns true when the Sublicense is deleted. */
  deleted: Scalars['Boolean']['output'];
  /** The ID of the Sublicense. */
  id: Scalars['ID']['output'];
};

export type SublicenseInput = {
  deleted: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Course completions, optionally for one course or one user. */
  courseCompleted: EnrollmentEvent;
  /** Enrollments and completions, optionally for one course or one user. */
  enrollmentChanged: EnrollmentEvent;
  /** Users created, updated or deleted; all types unless `types` narrows them, all users unless `userId` does. */
  userEvents: UserEvent;
};


export type SubscriptionCourseCompletedArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionEnrollmentChangedArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionUserEventsArgs = {
  types?: InputMaybe<Array<UserEventType>>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Contains quiz questions and other data about the entered quiz(s). */
export type SuperQuiz = {
  __typename?: 'SuperQuiz';
  /** Display all hints. This is only applicable when all the Quizzes have the `Display all Hints` option enabled. */
  displayAllHints?: Maybe<Scalars['Boolean']['output']>;
  /** Disables navigation during quiz. This is only applicable when all the Quizzes have the `Disable Navigation During Quiz` option enabled. */
  navigationDisabled?: Maybe<Scalars['Boolean']['output']>;
  /** Allows learner to skip questions. This is only applicable when all the selected Quizzes have the `Allow Learner to Skip Questions` option enabled. */
  questionSkipEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** The collection of Quiz questions user selects. */
  questions?: Maybe<Array<QuizQuestion>>;
  /** The IDs of the Quizzes user selects and has access to. */
  quizzes?: Maybe<Array<Scalars['ID']['output']>>;
  /** The estimated time per question. This is only applicable when all the Quizzes have the `Estimated Time Per Question` option enabled and use the same value. */
  timePerQuestionInSeconds?: Maybe<Scalars['Int']['output']>;
  /** Enables timer. This is only applicable when all the Quizzes have the `Enable Timer` option enabled. */
  timerEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** The total estimated time for all of the Quiz questions. This is only applicable when all the Quizzes have the `Estimated Time Per Question` option enabled. */
  totalTimeInSeconds?: Maybe<Scalars['Int']['output']>;
};

export type SurveyPage = AssessmentPageEntity & PageEntity & {
  __typename?: 'SurveyPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Survey Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  instructorAssessment?: Maybe<Scalars['Boolean']['output']>;
  isGraded?: Maybe<Scalars['Boolean']['output']>;
  lessonId: Scalars['ID']['output'];
  preventProgression?: Maybe<Scalars['Boolean']['output']>;
  /** This field has an additional cost of 3 points. */
  questions: Array<QuizQuestion>;
  resultsMessage?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

/** Fields left out (or null) are left as they are: a profile sync never clears a field. */
export type SyncProfileInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Merged key by key; only keys configured in the tenant's admin portal. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  email: Scalars['String']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  ssoId?: InputMaybe<Scalars['String']['input']>;
};

export type SyncProfileOutcome =
  | 'CREATED'
  | 'UNCHANGED'
  | 'UPDATED';

export type SyncProfileResult = {
  __typename?: 'SyncProfileResult';
  /** What changed (old -> new); for a create, the fields set. */
  changes: Array<LifecycleFieldChange>;
  email: Scalars['String']['output'];
  outcome: SyncProfileOutcome;
  user: UserAccount;
  userId: Scalars['ID']['output'];
};

export type Tab = {
  __typename?: 'Tab';
  body?: Maybe<Scalars['String']['output']>;
  /** The ID of the Tab. */
  id?: Maybe<Scalars['ID']['output']>;
  instructors?: Maybe<Array<Instructor>>;
  label: Scalars['String']['output'];
  products?: Maybe<Array<Scalars['String']['output']>>;
  tabType: Scalars['String']['output'];
};

export type TabInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  instructors?: InputMaybe<Array<InstructorInput>>;
  label: Scalars['String']['input'];
  products?: InputMaybe<Array<Scalars['String']['input']>>;
  tabType: Scalars['String']['input'];
};

export type Tag = {
  __typename?: 'Tag';
  /** The ID of the Tag. */
  id: Scalars['ID']['output'];
  isFolder: Scalars['Boolean']['output'];
  label?: Maybe<Scalars['String']['output']>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
};

export type TagInput = {
  label: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type TallyPage = AssessmentPageEntity & PageEntity & {
  __typename?: 'TallyPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  altText?: Maybe<Scalars['String']['output']>;
  asset: Scalars['String']['output'];
  audioAsset?: Maybe<Scalars['String']['output']>;
  caption?: Maybe<Scalars['String']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  displayAllHints?: Maybe<Scalars['Boolean']['output']>;
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Tally Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  instructorAssessment?: Maybe<Scalars['Boolean']['output']>;
  lessonId: Scalars['ID']['output'];
  questionSkipEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** This field has an additional cost of 3 points. */
  questions: Array<QuizQuestion>;
  resultsMessage?: Maybe<Scalars['String']['output']>;
  scoreTiers: Array<TallyPageScoreTier>;
  startMessage?: Maybe<Scalars['String']['output']>;
  timeSeconds?: Maybe<Scalars['Int']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  unrestrictedHeight: Scalars['Boolean']['output'];
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type TallyPageScoreTier = {
  __typename?: 'TallyPageScoreTier';
  body?: Maybe<Scalars['String']['output']>;
  lowerBound: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  upperBound: Scalars['Int']['output'];
};

export type TaxCategory = {
  __typename?: 'TaxCategory';
  group?: Maybe<Scalars['String']['output']>;
  /** The ID of the Tax Category. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

export type TermsAndConditions = {
  __typename?: 'TermsAndConditions';
  globalTerms?: Maybe<Scalars['String']['output']>;
};

export type TestPage = AssessmentPageEntity & PageEntity & {
  __typename?: 'TestPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  allowToResume?: Maybe<Scalars['Boolean']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  continueAfterTimerExpires?: Maybe<Scalars['Boolean']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  failMessage?: Maybe<Scalars['String']['output']>;
  hideQuestionResults?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Test Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  instructorAssessment?: Maybe<Scalars['Boolean']['output']>;
  isGraded?: Maybe<Scalars['Boolean']['output']>;
  lessonId: Scalars['ID']['output'];
  maxAttempts?: Maybe<Scalars['Int']['output']>;
  minPassingPercent?: Maybe<Scalars['Int']['output']>;
  passMessage?: Maybe<Scalars['String']['output']>;
  preventProgression?: Maybe<Scalars['Boolean']['output']>;
  questionSkipEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** This field has an additional cost of 3 points. */
  questions: Array<QuizQuestion>;
  randomizeChoices: Scalars['Boolean']['output'];
  startMessage?: Maybe<Scalars['String']['output']>;
  subsetSize?: Maybe<Scalars['Int']['output']>;
  timeLimitInSeconds?: Maybe<Scalars['Int']['output']>;
  timePerQuestionInSeconds?: Maybe<Scalars['Int']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

/** Contains data for a testimonial. */
export type Testimonial = {
  __typename?: 'Testimonial';
  /** The body of the testimonial. */
  body?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Testimonial. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The rating of the testimonial. */
  rating?: Maybe<Scalars['Int']['output']>;
  /** The user who submits the testimonial. */
  user?: Maybe<User>;
};

/** Contains data to submit a testimonial. */
export type TestimonialInput = {
  /** The body of the testimonial. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The rating of the testimonial. This is a number value between `0` and `100`. */
  rating?: InputMaybe<Scalars['Int']['input']>;
};

export type TextAlignment =
  | 'center'
  | 'left';

export type TextPage = PageEntity & {
  __typename?: 'TextPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Text Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  sidebarIsHidden: Scalars['Boolean']['output'];
  sidebarItems: Array<TextPageSidebar>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type TextPageSidebar = {
  __typename?: 'TextPageSidebar';
  adDimensions?: Maybe<Scalars['String']['output']>;
  adTargeting?: Maybe<Scalars['String']['output']>;
  adUnitId?: Maybe<Scalars['String']['output']>;
  altText?: Maybe<Scalars['String']['output']>;
  asset?: Maybe<Scalars['String']['output']>;
  caption?: Maybe<Scalars['String']['output']>;
  videoAsset?: Maybe<Scalars['String']['output']>;
};

export type Thread = {
  __typename?: 'Thread';
  asset?: Maybe<Scalars['URL']['output']>;
  assetFileName?: Maybe<Scalars['String']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  /** The ID of the Bookmark. */
  bookmark?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Client. */
  client?: Maybe<Client>;
  commentsCount: Scalars['Int']['output'];
  /** The ID of the Course. */
  course?: Maybe<Course>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  forum: Forum;
  forumId: Scalars['ID']['output'];
  /** The ID of the Thread. */
  id: Scalars['ID']['output'];
  matchCount?: Maybe<Scalars['Int']['output']>;
  notificationsEnabled: Scalars['Boolean']['output'];
  title?: Maybe<Scalars['String']['output']>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
  user: User;
  /** The ID of the Video Asset. */
  videoAsset?: Maybe<Scalars['ID']['output']>;
};

export type ThreadsList = {
  __typename?: 'ThreadsList';
  discussionRules?: Maybe<Scalars['String']['output']>;
  pageInfo: PageInfo;
  threads?: Maybe<Array<Thread>>;
};

export type Topic = {
  __typename?: 'Topic';
  failMessage?: Maybe<Scalars['String']['output']>;
  /** The ID of the Topic. */
  id: Scalars['ID']['output'];
  /** The ID of the Original. */
  originalId?: Maybe<Scalars['ID']['output']>;
  passMessage?: Maybe<Scalars['String']['output']>;
  postTextBlock?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  questionSkipEnabled?: Maybe<Scalars['Boolean']['output']>;
  quizQuestions?: Maybe<Array<Scalars['ID']['output']>>;
  resultsMessage?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
};

export type TopicGroup = {
  __typename?: 'TopicGroup';
  categories: Array<TopicGroupCategory>;
  companyId: Scalars['ID']['output'];
  /** The ID of the Topic Group. */
  id: Scalars['ID']['output'];
};

export type TopicGroupCategory = {
  __typename?: 'TopicGroupCategory';
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  subcategories: Array<TopicGroupSubcategory>;
};

export type TopicGroupFile = {
  __typename?: 'TopicGroupFile';
  asset: Scalars['String']['output'];
  isCentralLibraryItem?: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
};

export type TopicGroupSubcategory = {
  __typename?: 'TopicGroupSubcategory';
  files: Array<TopicGroupFile>;
  label: Scalars['String']['output'];
  topics: Array<TopicGroupTopic>;
};

export type TopicGroupTopic = {
  __typename?: 'TopicGroupTopic';
  /** The ID of the Topic Group Topic. */
  id: Scalars['ID']['output'];
  type: TopicType;
};

export type TopicSearchAutocompleteResult = {
  __typename?: 'TopicSearchAutocompleteResult';
  value: Scalars['String']['output'];
};

export type TopicSearchAutocompleteResultCategory = {
  __typename?: 'TopicSearchAutocompleteResultCategory';
  label: Scalars['String']['output'];
  suggestions?: Maybe<Array<TopicSearchAutocompleteResult>>;
};

export type TopicSearchResult = {
  __typename?: 'TopicSearchResult';
  body?: Maybe<Scalars['String']['output']>;
  /** The ID of the Topic Search Result. */
  id: Scalars['ID']['output'];
  lessonTitle?: Maybe<Scalars['String']['output']>;
  sectionTitle?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
};

export type TopicSearchResultList = {
  __typename?: 'TopicSearchResultList';
  pageInfo?: Maybe<PageInfo>;
  results?: Maybe<Array<TopicSearchResult>>;
};

export type TopicType =
  | 'ad'
  | 'article'
  | 'assignment'
  | 'audio'
  | 'bongo'
  | 'discussionBoard'
  | 'embed'
  | 'flipCardSet'
  | 'highlightZoneQuiz'
  | 'highlightZoneSet'
  | 'image'
  | 'inPersonEvent'
  | 'listRoll'
  | 'lti'
  | 'matchPairSet'
  | 'meetingInfo'
  | 'notebook'
  | 'pdfViewer'
  | 'presentation'
  | 'quiz'
  | 'recipe'
  | 'shareableContentObject'
  | 'slideshow'
  | 'socialShareCardSet'
  | 'survey'
  | 'surveyGizmo'
  | 'tally'
  | 'test'
  | 'text'
  | 'video'
  | 'workbook'
  | 'xApiObject';

export type Transcript = {
  __typename?: 'Transcript';
  headers?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  rows?: Maybe<Scalars['JSON']['output']>;
  totals?: Maybe<Scalars['JSON']['output']>;
};

export type Translation = {
  __typename?: 'Translation';
  /** The ID of the Translation. */
  id?: Maybe<Scalars['ID']['output']>;
  lang: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  translations?: Maybe<Scalars['JSON']['output']>;
};

/** The namespace is used to specify the content category for the translations. */
export type TranslationNamespace =
  /** Used for email content. */
  | 'emails'
  /** Used for platform content. */
  | 'lms';

export type TranslationsList = {
  __typename?: 'TranslationsList';
  /** The ID of the Translations List. */
  id: Scalars['ID']['output'];
  lang: Scalars['String']['output'];
  translations: Scalars['JSON']['output'];
};

/** A partial change: an omitted field is kept, null clears it; customFields keys merge one by one (a null value removes the key). */
export type UpdateUserAccountInput = {
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the whole list when given. */
  groups?: InputMaybe<Array<Scalars['ID']['input']>>;
  language?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  ssoId?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  abbreviatedName?: Maybe<Scalars['String']['output']>;
  accessedFlows?: Maybe<Array<Scalars['String']['output']>>;
  /** The same user as the REST API holds it. */
  account?: Maybe<UserAccount>;
  /** From the REST API: false once the account is deactivated. */
  active?: Maybe<Scalars['Boolean']['output']>;
  activeLicense?: Maybe<License>;
  address1?: Maybe<Scalars['String']['output']>;
  address2?: Maybe<Scalars['String']['output']>;
  adminClients?: Maybe<Array<Maybe<Client>>>;
  /** This field has an additional cost of 3 points. */
  allocatedLearningPaths?: Maybe<Array<AllocatedLearningPath>>;
  allocatedLicenses?: Maybe<Array<AllocatedLicense>>;
  asset?: Maybe<Scalars['String']['output']>;
  /** This field has an additional cost of 3 points. */
  attendedMeetings?: Maybe<Array<UserAttendedMeeting>>;
  availableCoursesCount: Scalars['Int']['output'];
  balance?: Maybe<Scalars['Float']['output']>;
  bio?: Maybe<Scalars['String']['output']>;
  certificatesCount: Scalars['Int']['output'];
  city?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  client?: Maybe<Client>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  collaborationsCount: Scalars['Int']['output'];
  completedCoursesCount: Scalars['Int']['output'];
  country?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt?: Maybe<Scalars['Date']['output']>;
  customFields?: Maybe<Scalars['JSON']['output']>;
  disabled: Scalars['Boolean']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** From the REST API: every course enrollment of the user. */
  enrollments?: Maybe<Array<CourseEnrollment>>;
  /** The ID of the External Customer. */
  externalCustomerId?: Maybe<Scalars['ID']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  /** From the REST API: ids of the groups the user belongs to. */
  groups?: Maybe<Array<Scalars['ID']['output']>>;
  /** The ID of the User. */
  id: Scalars['ID']['output'];
  invitedByName?: Maybe<Scalars['String']['output']>;
  lang?: Maybe<Scalars['String']['output']>;
  lastActiveAt?: Maybe<Scalars['Date']['output']>;
  lastInitial?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
  /** The ID of the Learner User. */
  learnerUserId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Manager User. */
  managerUserId?: Maybe<Scalars['ID']['output']>;
  mustVerifyEmail: Scalars['Boolean']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** This field has an additional cost of 3 points. */
  purchasedBundles?: Maybe<Array<PurchasedBundle>>;
  /** This field has an additional cost of 3 points. */
  purchasedCourses?: Maybe<Array<PurchasedCourse>>;
  recommendedSlugs?: Maybe<Array<UserRecommendedSlug>>;
  recommendedTags?: Maybe<Array<UserRecommendedTag>>;
  ref1?: Maybe<Scalars['String']['output']>;
  ref2?: Maybe<Scalars['String']['output']>;
  ref3?: Maybe<Scalars['String']['output']>;
  ref4?: Maybe<Scalars['String']['output']>;
  ref5?: Maybe<Scalars['String']['output']>;
  ref6?: Maybe<Scalars['String']['output']>;
  ref7?: Maybe<Scalars['String']['output']>;
  ref8?: Maybe<Scalars['String']['output']>;
  ref9?: Maybe<Scalars['String']['output']>;
  ref10?: Maybe<Scalars['String']['output']>;
  roleKey?: Maybe<Scalars['String']['output']>;
  /** The ID of the Sf Account. */
  sfAccountId?: Maybe<Scalars['ID']['output']>;
  /** The ID of the Sf Contact. */
  sfContactId?: Maybe<Scalars['ID']['output']>;
  shippingName?: Maybe<Scalars['String']['output']>;
  shouldHighlight: Scalars['Boolean']['output'];
  startedCoursesCount: Scalars['Int']['output'];
  state?: Maybe<Scalars['String']['output']>;
  /** The ID of the Stripe Customer. */
  stripeCustomerId?: Maybe<Scalars['ID']['output']>;
  telephone?: Maybe<Scalars['String']['output']>;
  twoFactorEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** The time the field was updated. */
  updatedAt?: Maybe<Scalars['Date']['output']>;
  waitlistedCourses?: Maybe<Array<WaitlistedCourse>>;
  zipCode?: Maybe<Scalars['String']['output']>;
};


export type UserAttendedMeetingsArgs = {
  courseId?: InputMaybe<Scalars['ID']['input']>;
};

/** A user account as the tenant's REST API holds it. */
export type UserAccount = {
  __typename?: 'UserAccount';
  /** False once deactivated: the user cannot log in, history is kept. */
  active?: Maybe<Scalars['Boolean']['output']>;
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** ISO 8601. */
  createdAt?: Maybe<Scalars['String']['output']>;
  /** Key-value custom profile attributes (keys are configured in the tenant's admin portal). */
  customFields?: Maybe<Scalars['JSON']['output']>;
  email: Scalars['String']['output'];
  /** Every course enrollment of the user. Nullable because it is a separate REST call per user: when one user's call fails, that user's field is null with an error at its path and the rest of the page keeps its data. */
  enrollments?: Maybe<Array<CourseEnrollment>>;
  firstName?: Maybe<Scalars['String']['output']>;
  /** Ids of the groups the user belongs to. */
  groups?: Maybe<Array<Scalars['ID']['output']>>;
  id: Scalars['ID']['output'];
  /** BCP 47 language tag. */
  language?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
  /** Role within the platform, e.g. learner or admin. */
  role?: Maybe<Scalars['String']['output']>;
  ssoId?: Maybe<Scalars['String']['output']>;
  /** ISO 8601. */
  updatedAt?: Maybe<Scalars['String']['output']>;
};

export type UserAccountPage = {
  __typename?: 'UserAccountPage';
  items: Array<UserAccount>;
  pageInfo: OffsetPageInfo;
  total: Scalars['Int']['output'];
};

export type UserAttendedMeeting = {
  __typename?: 'UserAttendedMeeting';
  attendanceDate: Scalars['Date']['output'];
  meeting?: Maybe<Meeting>;
  user: User;
};

export type UserAwardCount = {
  __typename?: 'UserAwardCount';
  count?: Maybe<Scalars['Int']['output']>;
  icon?: Maybe<AwardTypeIcon>;
  /** The ID of the User Award Count. */
  id: Scalars['ID']['output'];
  label?: Maybe<Scalars['String']['output']>;
};

export type UserCustomField = {
  __typename?: 'UserCustomField';
  choices?: Maybe<Scalars['JSON']['output']>;
  /** The ID of the User Custom Field. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  ref?: Maybe<Scalars['Int']['output']>;
  required: Scalars['Boolean']['output'];
  slug: Scalars['Slug']['output'];
  type: UserCustomFieldType;
};

export type UserCustomFieldType =
  /** Drop Down */
  | 'dropDown'
  /** Text Field */
  | 'singleField'
  /** Phone Number */
  | 'telephone';

export type UserEmbedWidget = {
  __typename?: 'UserEmbedWidget';
  config: EmbedWidgetSettings;
  courseStatus: Array<Maybe<EmbedWidgetCourseStatus>>;
  earnedBadges: Array<Maybe<EarnedBadge>>;
  featuredContent: Array<Maybe<Content>>;
  learningPathStatus: Array<Maybe<EmbedWidgetLearningPathStatus>>;
  user: User;
};

export type UserEvent = {
  __typename?: 'UserEvent';
  /** When the change happened (ISO 8601). */
  at: Scalars['String']['output'];
  /** Stable per change: the same change seen by webhook and by polling has the same id. */
  id: Scalars['ID']['output'];
  source: EventSource;
  type: UserEventType;
  /** The user after the change (for DELETED, as it was last). */
  user: EventUser;
  userId: Scalars['ID']['output'];
};

/** What happened to a user record. */
export type UserEventType =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type UserProgress = {
  __typename?: 'UserProgress';
  percentComplete?: Maybe<Scalars['Int']['output']>;
  totalTime?: Maybe<Scalars['Int']['output']>;
  totalViews?: Maybe<Scalars['Int']['output']>;
};

export type UserPurchase = {
  __typename?: 'UserPurchase';
  amountInCents?: Maybe<Scalars['Int']['output']>;
  amountRefundedInCents?: Maybe<Scalars['Int']['output']>;
  archived?: Maybe<Scalars['Boolean']['output']>;
  contentType: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  /** The ID of the Redemption Code Group. */
  redemptionCodeGroupId?: Maybe<Scalars['ID']['output']>;
  refunded?: Maybe<Scalars['String']['output']>;
  refunds?: Maybe<Array<UserPurchaseRefund>>;
  slug?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  transactionTime: Scalars['String']['output'];
  transactionType: Scalars['String']['output'];
};

export type UserPurchaseRefund = {
  __typename?: 'UserPurchaseRefund';
  amountInCents?: Maybe<Scalars['Int']['output']>;
  transactionTime: Scalars['String']['output'];
};

export type UserRecommendedSlug = {
  __typename?: 'UserRecommendedSlug';
  boost: Scalars['Int']['output'];
  slug: Scalars['String']['output'];
};

export type UserRecommendedSlugInput = {
  boost: Scalars['Int']['input'];
  slug: Scalars['String']['input'];
};

export type UserRecommendedTag = {
  __typename?: 'UserRecommendedTag';
  boost: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

export type UserRecommendedTagInput = {
  boost: Scalars['Int']['input'];
  label: Scalars['String']['input'];
};

export type UserRef = {
  __typename?: 'UserRef';
  ref: Scalars['Int']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type UserStatus =
  | 'active'
  | 'disabled';

export type UsersList = {
  __typename?: 'UsersList';
  aggregations?: Maybe<Array<Aggregation>>;
  debug?: Maybe<Scalars['JSON']['output']>;
  pageInfo?: Maybe<PageInfo>;
  users?: Maybe<Array<User>>;
};

export type ValidateRedemptionCodeResult = {
  __typename?: 'ValidateRedemptionCodeResult';
  alreadyRedeemed: Scalars['Boolean']['output'];
  codeExpired: Scalars['Boolean']['output'];
  /** The ID of the val. */
  valid: Scalars['Boolean']['output'];
};

export type ValidateRegistrationCodeResult = {
  __typename?: 'ValidateRegistrationCodeResult';
  alreadyRedeemed: Scalars['Boolean']['output'];
  /** The ID of the val. */
  valid: Scalars['Boolean']['output'];
};

export type VariationInput = {
  label: Scalars['String']['input'];
  priceInCents?: InputMaybe<Scalars['Int']['input']>;
};

export type VideoPage = PageEntity & {
  __typename?: 'VideoPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  asset?: Maybe<Scalars['String']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Video Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  lessonId: Scalars['ID']['output'];
  markers: Array<Marker>;
  postAsset?: Maybe<Scalars['String']['output']>;
  posterImageAsset?: Maybe<Scalars['String']['output']>;
  preAsset?: Maybe<Scalars['String']['output']>;
  preTextBlock?: Maybe<Scalars['String']['output']>;
  sidebarIsHidden?: Maybe<Scalars['Boolean']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type Waitlist = {
  __typename?: 'Waitlist';
  company: Scalars['ID']['output'];
  /** The ID of the Course. */
  course: Course;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  emailSent: Scalars['Boolean']['output'];
  /** The ID of the Waitlist. */
  id: Scalars['ID']['output'];
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
  user: Scalars['ID']['output'];
  waitlistStatus: Scalars['String']['output'];
};

export type WaitlistedCourse = {
  __typename?: 'WaitlistedCourse';
  /** The ID of the Course. */
  course?: Maybe<Course>;
  courseId: Scalars['ID']['output'];
};

export type WebexLab = {
  __typename?: 'WebexLab';
  labID: Scalars['ID']['output'];
  labName: Scalars['String']['output'];
  totalComputers: Scalars['String']['output'];
};

export type WebexWebinarConnection = {
  __typename?: 'WebexWebinarConnection';
  /** The ID of the Webex Webinar Connection. */
  id: Scalars['ID']['output'];
  provider: Scalars['String']['output'];
  webexDomain: Scalars['String']['output'];
  webexEmail: Scalars['String']['output'];
  webexLogin: Scalars['String']['output'];
  webexSiteName: Scalars['String']['output'];
};

export type WebinarBlock = {
  __typename?: 'WebinarBlock';
  attendeeDialIn?: Maybe<Scalars['String']['output']>;
  coOrganizers?: Maybe<Array<Scalars['String']['output']>>;
  enableAutoRecording?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Webinar Block. */
  id: Scalars['ID']['output'];
  joinUrl?: Maybe<Scalars['String']['output']>;
  organizerDialIn?: Maybe<Scalars['String']['output']>;
  originalWebinarDates?: Maybe<Array<WebinarDate>>;
  recurrence?: Maybe<Scalars['JSON']['output']>;
  retrieveRecording?: Maybe<Scalars['Boolean']['output']>;
  timeZone?: Maybe<Scalars['String']['output']>;
  webexDescription?: Maybe<Scalars['String']['output']>;
  webexLabName?: Maybe<Scalars['String']['output']>;
  webexNumComputers?: Maybe<Scalars['Int']['output']>;
  webexReserveHOL?: Maybe<Scalars['Boolean']['output']>;
  webexSessionPassword?: Maybe<Scalars['String']['output']>;
  webinarDates?: Maybe<Array<WebinarDate>>;
  webinarProvider: Scalars['String']['output'];
  webinarType?: Maybe<Scalars['String']['output']>;
};

export type WebinarDate = {
  __typename?: 'WebinarDate';
  endTime: Scalars['Date']['output'];
  goToTrainingKey?: Maybe<Scalars['String']['output']>;
  goToWebinarKey?: Maybe<Scalars['String']['output']>;
  /** The ID of the Meeting. */
  meeting?: Maybe<Scalars['ID']['output']>;
  startTime: Scalars['Date']['output'];
  webexTrainingSessionKey?: Maybe<Scalars['String']['output']>;
  zoomOccurrenceKey?: Maybe<Scalars['String']['output']>;
};

export type WebinarDateRange = {
  endTime: Scalars['Date']['input'];
  goToTrainingKey?: InputMaybe<Scalars['String']['input']>;
  goToWebinarKey?: InputMaybe<Scalars['String']['input']>;
  meeting?: InputMaybe<Scalars['ID']['input']>;
  startTime: Scalars['Date']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  webexTrainingSessionKey?: InputMaybe<Scalars['String']['input']>;
  zoomOccurrenceKey?: InputMaybe<Scalars['String']['input']>;
};

export type WebinarRecording = {
  __typename?: 'WebinarRecording';
  /** The ID of the Webinar Recording. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** The ID of the Meeting. */
  meetingId?: Maybe<Scalars['ID']['output']>;
  playUrl: Scalars['String']['output'];
  recordingStart?: Maybe<Scalars['String']['output']>;
  recordingType?: Maybe<Scalars['String']['output']>;
};

export type WorkatoAuthSettings = {
  __typename?: 'WorkatoAuthSettings';
  type?: Maybe<Scalars['String']['output']>;
};

export type WorkatoCompanySettings = {
  __typename?: 'WorkatoCompanySettings';
  proxyApiToken: Scalars['String']['output'];
  proxyUrlBase: Scalars['URL']['output'];
};

export type WorkatoCustomerAccount = {
  __typename?: 'WorkatoCustomerAccount';
  authSettings?: Maybe<WorkatoAuthSettings>;
  externalId: Scalars['String']['output'];
  frameAncestors?: Maybe<Scalars['String']['output']>;
  /** The ID of the Workato Customer Account. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  notificationEmail: Scalars['String']['output'];
  originUrl?: Maybe<Scalars['String']['output']>;
  planId?: Maybe<Scalars['String']['output']>;
  timeZone?: Maybe<Scalars['String']['output']>;
  whitelistedApps?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

export type WorkbookPage = AssessmentPageEntity & PageEntity & {
  __typename?: 'WorkbookPage';
  accessibilityAudioAsset?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetTitle?: Maybe<Scalars['String']['output']>;
  accessibilityAudioAssetUrl?: Maybe<Scalars['AbsoluteOrRelativeURL']['output']>;
  catalogAsset?: Maybe<Scalars['String']['output']>;
  /** The ID of the Client. */
  clientId?: Maybe<Scalars['ID']['output']>;
  companyId: Scalars['ID']['output'];
  completionTimeSeconds?: Maybe<Scalars['Int']['output']>;
  contentDescription?: Maybe<Scalars['String']['output']>;
  contentEstimate?: Maybe<Scalars['String']['output']>;
  contentTime?: Maybe<Scalars['String']['output']>;
  /** The time the field was created. */
  createdAt: Scalars['Date']['output'];
  editableByChildren?: Maybe<Scalars['Boolean']['output']>;
  /** The ID of the Workbook Page. */
  id: Scalars['ID']['output'];
  indentationLevel?: Maybe<Scalars['Int']['output']>;
  instructorAssessment?: Maybe<Scalars['Boolean']['output']>;
  lessonId: Scalars['ID']['output'];
  linked?: Maybe<Scalars['Boolean']['output']>;
  preventProgression?: Maybe<Scalars['Boolean']['output']>;
  /** This field has an additional cost of 3 points. */
  questions: Array<QuizQuestion>;
  resultsMessage?: Maybe<Scalars['String']['output']>;
  startMessage?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: TopicType;
  /** The time the field was updated. */
  updatedAt: Scalars['Date']['output'];
};

export type ZendeskContent = {
  __typename?: 'ZendeskContent';
  certificate?: Maybe<Certificate>;
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The ID of the Zendesk Content. */
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  percentComplete?: Maybe<Scalars['Int']['output']>;
  startDate?: Maybe<Scalars['Date']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type CoOrganizerNames = {
  email: Scalars['String']['input'];
  id: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type QuizAttemptInput = {
  answeredQuestionsCount?: InputMaybe<Scalars['Int']['input']>;
  assignmentSubmission?: InputMaybe<Scalars['ID']['input']>;
  correctQuestionsCount?: InputMaybe<Scalars['Int']['input']>;
  forgiven?: InputMaybe<Scalars['Boolean']['input']>;
  grade?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  passed?: InputMaybe<Scalars['Boolean']['input']>;
  poolLabelByQuestionId?: InputMaybe<Scalars['JSON']['input']>;
  questions?: InputMaybe<Array<QuestionInput>>;
  questionsWithChoicesCount?: InputMaybe<Scalars['Int']['input']>;
  status: AssessmentAttemptStatus;
  timeElapsedInSeconds?: InputMaybe<Scalars['Int']['input']>;
  topicType?: InputMaybe<TopicType>;
  unansweredQuestionsCount?: InputMaybe<Scalars['Int']['input']>;
};

export type TranscriptField = {
  dateGranted?: InputMaybe<Scalars['Date']['input']>;
  expirationDate?: InputMaybe<Scalars['Date']['input']>;
  providerName?: InputMaybe<Scalars['String']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  AccessExpirationResource:
    | ( Bundle )
    | ( Omit<Course, 'courseGroup' | 'meetings' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'sampleLesson' | 'sections'> & { courseGroup?: Maybe<_RefType['CourseGroup']>, meetings?: Maybe<Array<_RefType['Meeting']>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, sampleLesson?: Maybe<_RefType['Lesson']>, sections?: Maybe<Array<Maybe<_RefType['Section']>>> } )
    | ( Omit<LearningPath, 'client' | 'fulfillmentCenter' | 'milestones' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'tabs' | 'tags'> & { client?: Maybe<_RefType['Client']>, fulfillmentCenter?: Maybe<_RefType['FulfillmentCenter']>, milestones?: Maybe<Array<Maybe<_RefType['Milestone']>>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, tabs?: Maybe<_RefType['LearningPathTabs']>, tags?: Maybe<Array<Maybe<_RefType['Tag']>>> } )
    | ( Omit<License, 'childLicenses' | 'client' | 'courseTags' | 'courses' | 'learningPaths' | 'parentLicense'> & { childLicenses?: Maybe<Array<_RefType['License']>>, client?: Maybe<_RefType['Client']>, courseTags?: Maybe<Array<_RefType['Tag']>>, courses?: Maybe<Array<_RefType['Course']>>, learningPaths?: Maybe<Array<_RefType['LearningPath']>>, parentLicense?: Maybe<_RefType['License']> } )
  ;
  AwardResource:
    | ( Omit<Course, 'courseGroup' | 'meetings' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'sampleLesson' | 'sections'> & { courseGroup?: Maybe<_RefType['CourseGroup']>, meetings?: Maybe<Array<_RefType['Meeting']>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, sampleLesson?: Maybe<_RefType['Lesson']>, sections?: Maybe<Array<Maybe<_RefType['Section']>>> } )
    | ( Omit<LearningPath, 'client' | 'fulfillmentCenter' | 'milestones' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'tabs' | 'tags'> & { client?: Maybe<_RefType['Client']>, fulfillmentCenter?: Maybe<_RefType['FulfillmentCenter']>, milestones?: Maybe<Array<Maybe<_RefType['Milestone']>>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, tabs?: Maybe<_RefType['LearningPathTabs']>, tags?: Maybe<Array<Maybe<_RefType['Tag']>>> } )
  ;
  CampaignResource:
    | ( Omit<Course, 'courseGroup' | 'meetings' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'sampleLesson' | 'sections'> & { courseGroup?: Maybe<_RefType['CourseGroup']>, meetings?: Maybe<Array<_RefType['Meeting']>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, sampleLesson?: Maybe<_RefType['Lesson']>, sections?: Maybe<Array<Maybe<_RefType['Section']>>> } )
    | ( Omit<CourseGroup, 'contentType' | 'courses' | 'displayCourse' | 'relatedCourseGroups' | 'tabs' | 'tags'> & { contentType?: Maybe<_RefType['ContentType']>, courses?: Maybe<Array<Maybe<_RefType['Course']>>>, displayCourse?: Maybe<_RefType['Course']>, relatedCourseGroups?: Maybe<Array<Maybe<_RefType['CourseGroup']>>>, tabs?: Maybe<Array<Maybe<_RefType['CourseTab']>>>, tags?: Maybe<Array<Maybe<_RefType['Tag']>>> } )
    | ( Omit<LearningPath, 'client' | 'fulfillmentCenter' | 'milestones' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'tabs' | 'tags'> & { client?: Maybe<_RefType['Client']>, fulfillmentCenter?: Maybe<_RefType['FulfillmentCenter']>, milestones?: Maybe<Array<Maybe<_RefType['Milestone']>>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, tabs?: Maybe<_RefType['LearningPathTabs']>, tags?: Maybe<Array<Maybe<_RefType['Tag']>>> } )
  ;
  CertificateResource:
    | ( Omit<Course, 'courseGroup' | 'meetings' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'sampleLesson' | 'sections'> & { courseGroup?: Maybe<_RefType['CourseGroup']>, meetings?: Maybe<Array<_RefType['Meeting']>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, sampleLesson?: Maybe<_RefType['Lesson']>, sections?: Maybe<Array<Maybe<_RefType['Section']>>> } )
    | ( Omit<LearningPath, 'client' | 'fulfillmentCenter' | 'milestones' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'tabs' | 'tags'> & { client?: Maybe<_RefType['Client']>, fulfillmentCenter?: Maybe<_RefType['FulfillmentCenter']>, milestones?: Maybe<Array<Maybe<_RefType['Milestone']>>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, tabs?: Maybe<_RefType['LearningPathTabs']>, tags?: Maybe<Array<Maybe<_RefType['Tag']>>> } )
  ;
  CertificateTemplateResource:
    | ( Omit<Course, 'courseGroup' | 'meetings' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'sampleLesson' | 'sections'> & { courseGroup?: Maybe<_RefType['CourseGroup']>, meetings?: Maybe<Array<_RefType['Meeting']>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, sampleLesson?: Maybe<_RefType['Lesson']>, sections?: Maybe<Array<Maybe<_RefType['Section']>>> } )
    | ( Omit<LearningPath, 'client' | 'fulfillmentCenter' | 'milestones' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'tabs' | 'tags'> & { client?: Maybe<_RefType['Client']>, fulfillmentCenter?: Maybe<_RefType['FulfillmentCenter']>, milestones?: Maybe<Array<Maybe<_RefType['Milestone']>>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, tabs?: Maybe<_RefType['LearningPathTabs']>, tags?: Maybe<Array<Maybe<_RefType['Tag']>>> } )
  ;
  Commentable:
    | ( Omit<Thread, 'client' | 'course' | 'forum' | 'user'> & { client?: Maybe<_RefType['Client']>, course?: Maybe<_RefType['Course']>, forum: _RefType['Forum'], user: _RefType['User'] } )
    | ( Topic )
  ;
  CompetencyAssessmentResource:
    | ( Layout )
    | ( Omit<LearningPath, 'client' | 'fulfillmentCenter' | 'milestones' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'tabs' | 'tags'> & { client?: Maybe<_RefType['Client']>, fulfillmentCenter?: Maybe<_RefType['FulfillmentCenter']>, milestones?: Maybe<Array<Maybe<_RefType['Milestone']>>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, tabs?: Maybe<_RefType['LearningPathTabs']>, tags?: Maybe<Array<Maybe<_RefType['Tag']>>> } )
  ;
  CourseOrLearningPath:
    | ( Omit<Course, 'courseGroup' | 'meetings' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'sampleLesson' | 'sections'> & { courseGroup?: Maybe<_RefType['CourseGroup']>, meetings?: Maybe<Array<_RefType['Meeting']>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, sampleLesson?: Maybe<_RefType['Lesson']>, sections?: Maybe<Array<Maybe<_RefType['Section']>>> } )
    | ( Omit<LearningPath, 'client' | 'fulfillmentCenter' | 'milestones' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'tabs' | 'tags'> & { client?: Maybe<_RefType['Client']>, fulfillmentCenter?: Maybe<_RefType['FulfillmentCenter']>, milestones?: Maybe<Array<Maybe<_RefType['Milestone']>>>, prerequisiteCourses?: Maybe<Array<Maybe<_RefType['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<_RefType['LearningPath']>>>, tabs?: Maybe<_RefType['LearningPathTabs']>, tags?: Maybe<Array<Maybe<_RefType['Tag']>>> } )
  ;
  PageResource:
    | ( ArticlePage )
    | ( AssignmentPage )
    | ( AudioPage )
    | ( FlipCardPage )
    | ( GeneralPage )
    | ( HighlightZonePage )
    | ( ListRollPage )
    | ( MatchPairPage )
    | ( MeetingPage )
    | ( NotebookPage )
    | ( PdfViewerPage )
    | ( PresentationPage )
    | ( QuizPage )
    | ( RecipePage )
    | ( ScormPage )
    | ( SlideshowPage )
    | ( SurveyPage )
    | ( TallyPage )
    | ( TestPage )
    | ( TextPage )
    | ( VideoPage )
    | ( WorkbookPage )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  AssessmentPageEntity:
    | ( QuizPage )
    | ( SurveyPage )
    | ( TallyPage )
    | ( TestPage )
    | ( WorkbookPage )
  ;
  PageEntity:
    | ( ArticlePage )
    | ( AssignmentPage )
    | ( AudioPage )
    | ( FlipCardPage )
    | ( GeneralPage )
    | ( HighlightZonePage )
    | ( ListRollPage )
    | ( MatchPairPage )
    | ( MeetingPage )
    | ( NotebookPage )
    | ( PdfViewerPage )
    | ( PresentationPage )
    | ( QuizPage )
    | ( RecipePage )
    | ( ScormPage )
    | ( SlideshowPage )
    | ( SurveyPage )
    | ( TallyPage )
    | ( TestPage )
    | ( TextPage )
    | ( VideoPage )
    | ( WorkbookPage )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  APICacheLogsList: ResolverTypeWrapper<ApiCacheLogsList>;
  APILicenseList: ResolverTypeWrapper<Omit<ApiLicenseList, 'licenses'> & { licenses: Array<ResolversTypes['License']> }>;
  AbsoluteOrRelativeURL: ResolverTypeWrapper<Scalars['AbsoluteOrRelativeURL']['output']>;
  AccessExpiration: ResolverTypeWrapper<Omit<AccessExpiration, 'course' | 'learningPath' | 'license' | 'resource'> & { course?: Maybe<ResolversTypes['Course']>, learningPath?: Maybe<ResolversTypes['LearningPath']>, license?: Maybe<ResolversTypes['License']>, resource: ResolversTypes['AccessExpirationResource'] }>;
  AccessExpirationResource: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AccessExpirationResource']>;
  AccessExpirationResourceType: AccessExpirationResourceType;
  AccessExpirationsList: ResolverTypeWrapper<Omit<AccessExpirationsList, 'accessExpirations'> & { accessExpirations?: Maybe<Array<ResolversTypes['AccessExpiration']>> }>;
  AccessLevel: AccessLevel;
  AcmeCertificate: ResolverTypeWrapper<AcmeCertificate>;
  AcmeCertificateStatus: AcmeCertificateStatus;
  AcmeChallenge: ResolverTypeWrapper<AcmeChallenge>;
  AcmeChallengeStatus: AcmeChallengeStatus;
  AdobeConnectWebinarConnection: ResolverTypeWrapper<AdobeConnectWebinarConnection>;
  Aggregation: ResolverTypeWrapper<Aggregation>;
  AggregationBucket: ResolverTypeWrapper<AggregationBucket>;
  AllocatedLearningPath: ResolverTypeWrapper<Omit<AllocatedLearningPath, 'learningPath'> & { learningPath?: Maybe<ResolversTypes['LearningPath']> }>;
  AllocatedLicense: ResolverTypeWrapper<Omit<AllocatedLicense, 'license'> & { license?: Maybe<ResolversTypes['License']> }>;
  AllocatedLicenseRole: AllocatedLicenseRole;
  AlternativePricingType: AlternativePricingType;
  AppearanceBlockType: AppearanceBlockType;
  AppearanceSettings: ResolverTypeWrapper<AppearanceSettings>;
  AppliesToUser: AppliesToUser;
  ArchivedContent: ResolverTypeWrapper<ArchivedContent>;
  ArticlePage: ResolverTypeWrapper<ArticlePage>;
  ArticlePageLanguage: ResolverTypeWrapper<ArticlePageLanguage>;
  Assessment: ResolverTypeWrapper<Assessment>;
  AssessmentAnswer: ResolverTypeWrapper<AssessmentAnswer>;
  AssessmentAttempt: ResolverTypeWrapper<Omit<AssessmentAttempt, 'course' | 'user'> & { course?: Maybe<ResolversTypes['Course']>, user?: Maybe<ResolversTypes['User']> }>;
  AssessmentAttemptInput: AssessmentAttemptInput;
  AssessmentAttemptList: ResolverTypeWrapper<Omit<AssessmentAttemptList, 'assessmentAttempts'> & { assessmentAttempts?: Maybe<Array<ResolversTypes['AssessmentAttempt']>> }>;
  AssessmentAttemptStatus: AssessmentAttemptStatus;
  AssessmentPageEntity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AssessmentPageEntity']>;
  AssessmentQuestionType: AssessmentQuestionType;
  AssessmentTopicType: AssessmentTopicType;
  AssetList: ResolverTypeWrapper<Omit<AssetList, 'assets'> & { assets?: Maybe<Array<ResolversTypes['CentralLibraryItem']>> }>;
  Assignment: ResolverTypeWrapper<Assignment>;
  AssignmentPage: ResolverTypeWrapper<AssignmentPage>;
  AssignmentSubmission: ResolverTypeWrapper<Omit<AssignmentSubmission, 'course' | 'quizAttempt' | 'user'> & { course?: Maybe<ResolversTypes['Course']>, quizAttempt?: Maybe<ResolversTypes['AssessmentAttempt']>, user?: Maybe<ResolversTypes['User']> }>;
  AssignmentSubmissionGrade: AssignmentSubmissionGrade;
  AssignmentSubmissionList: ResolverTypeWrapper<Omit<AssignmentSubmissionList, 'assignmentSubmissions'> & { assignmentSubmissions?: Maybe<Array<ResolversTypes['AssignmentSubmission']>> }>;
  AudioPage: ResolverTypeWrapper<AudioPage>;
  AuthRole: AuthRole;
  AvalaraTaxSettings: ResolverTypeWrapper<AvalaraTaxSettings>;
  Award: ResolverTypeWrapper<Omit<Award, 'certificate' | 'resource' | 'user'> & { certificate?: Maybe<ResolversTypes['Certificate']>, resource?: Maybe<ResolversTypes['AwardResource']>, user?: Maybe<ResolversTypes['User']> }>;
  AwardClaiming: AwardClaiming;
  AwardQualification: ResolverTypeWrapper<AwardQualification>;
  AwardResource: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AwardResource']>;
  AwardResourceType: AwardResourceType;
  AwardTotal: ResolverTypeWrapper<Omit<AwardTotal, 'resource'> & { resource?: Maybe<ResolversTypes['AwardResource']> }>;
  AwardType: ResolverTypeWrapper<AwardType>;
  AwardTypeIcon: AwardTypeIcon;
  AwardWhen: AwardWhen;
  AwardsList: ResolverTypeWrapper<Omit<AwardsList, 'awards'> & { awards?: Maybe<Array<Maybe<ResolversTypes['Award']>>> }>;
  BackgroundJob: ResolverTypeWrapper<BackgroundJob>;
  BackgroundJobStatus: BackgroundJobStatus;
  Badge: ResolverTypeWrapper<Badge>;
  BadgeImage: ResolverTypeWrapper<BadgeImage>;
  BadgeLeader: ResolverTypeWrapper<Omit<BadgeLeader, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  BadgeLeaderboard: ResolverTypeWrapper<Omit<BadgeLeaderboard, 'currentUserPosition' | 'leaders'> & { currentUserPosition?: Maybe<ResolversTypes['BadgeLeader']>, leaders?: Maybe<Array<Maybe<ResolversTypes['BadgeLeader']>>> }>;
  BalanceContentType: BalanceContentType;
  Block: ResolverTypeWrapper<Block>;
  Bookmark: ResolverTypeWrapper<Omit<Bookmark, 'bookmarkFolder' | 'course' | 'user'> & { bookmarkFolder: ResolversTypes['BookmarkFolder'], course: ResolversTypes['Course'], user: ResolversTypes['User'] }>;
  BookmarkFolder: ResolverTypeWrapper<Omit<BookmarkFolder, 'bookmarks' | 'user'> & { bookmarks?: Maybe<Array<ResolversTypes['Bookmark']>>, user: ResolversTypes['User'] }>;
  BookmarkFolderResourceTypes: BookmarkFolderResourceTypes;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkImportSession: ResolverTypeWrapper<BulkImportSession>;
  BulkOrder: ResolverTypeWrapper<BulkOrder>;
  Bundle: ResolverTypeWrapper<Bundle>;
  BundleCoupon: ResolverTypeWrapper<BundleCoupon>;
  BundleVariation: ResolverTypeWrapper<BundleVariation>;
  Campaign: ResolverTypeWrapper<Omit<Campaign, 'resources'> & { resources?: Maybe<Array<ResolversTypes['CampaignResource']>> }>;
  CampaignEmail: ResolverTypeWrapper<CampaignEmail>;
  CampaignEmailTarget: ResolverTypeWrapper<Omit<CampaignEmailTarget, 'campaign' | 'meeting' | 'resource' | 'user'> & { campaign: ResolversTypes['Campaign'], meeting?: Maybe<ResolversTypes['Meeting']>, resource: ResolversTypes['CampaignResource'], user: ResolversTypes['User'] }>;
  CampaignEmailTrigger: CampaignEmailTrigger;
  CampaignResource: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CampaignResource']>;
  CampaignResourceType: CampaignResourceType;
  CampaignType: CampaignType;
  CampaignUserAction: CampaignUserAction;
  CampaignUserActionOption: ResolverTypeWrapper<CampaignUserActionOption>;
  CartItem: CartItem;
  CatalogCategory: ResolverTypeWrapper<CatalogCategory>;
  CatalogContent: ResolverTypeWrapper<CatalogContent>;
  CatalogMeta: ResolverTypeWrapper<CatalogMeta>;
  CatalogSettings: ResolverTypeWrapper<CatalogSettings>;
  CatalogSubcategory: ResolverTypeWrapper<CatalogSubcategory>;
  CatalogVisibilityContentKind: CatalogVisibilityContentKind;
  CentralLibraryItem: ResolverTypeWrapper<Omit<CentralLibraryItem, 'tags'> & { tags?: Maybe<Array<Maybe<ResolversTypes['Tag']>>> }>;
  Certificate: ResolverTypeWrapper<Omit<Certificate, 'certificateTemplate' | 'resource' | 'user'> & { certificateTemplate?: Maybe<ResolversTypes['CertificateTemplate']>, resource?: Maybe<ResolversTypes['CertificateResource']>, user: ResolversTypes['User'] }>;
  CertificateDateFormatType: CertificateDateFormatType;
  CertificateField: ResolverTypeWrapper<CertificateField>;
  CertificateFieldType: CertificateFieldType;
  CertificateResource: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CertificateResource']>;
  CertificateResourceType: CertificateResourceType;
  CertificateTemplate: ResolverTypeWrapper<Omit<CertificateTemplate, 'resource'> & { resource: ResolversTypes['CertificateTemplateResource'] }>;
  CertificateTemplateLabel: ResolverTypeWrapper<CertificateTemplateLabel>;
  CertificateTemplateRecertificationActionType: CertificateTemplateRecertificationActionType;
  CertificateTemplateResource: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CertificateTemplateResource']>;
  CertificateTemplateResourceType: CertificateTemplateResourceType;
  CertificateUploadField: CertificateUploadField;
  Charge: ResolverTypeWrapper<Charge>;
  ChargeItem: ResolverTypeWrapper<ChargeItem>;
  ChargeJournalEntry: ResolverTypeWrapper<ChargeJournalEntry>;
  Client: ResolverTypeWrapper<Omit<Client, 'courseTags' | 'courses' | 'learningPaths' | 'licenses' | 'primaryLicense' | 'purchasableTags' | 'tags'> & { courseTags?: Maybe<Array<ResolversTypes['Tag']>>, courses?: Maybe<Array<ResolversTypes['Course']>>, learningPaths?: Maybe<Array<ResolversTypes['LearningPath']>>, licenses?: Maybe<Array<ResolversTypes['License']>>, primaryLicense?: Maybe<ResolversTypes['License']>, purchasableTags?: Maybe<Array<ResolversTypes['Tag']>>, tags?: Maybe<Array<ResolversTypes['Tag']>> }>;
  ClientSubscription: ResolverTypeWrapper<ClientSubscription>;
  ClientSubscriptionInvoiceProration: ResolverTypeWrapper<ClientSubscriptionInvoiceProration>;
  ClientSubscriptionInvoiceProrationLineItem: ResolverTypeWrapper<ClientSubscriptionInvoiceProrationLineItem>;
  ClientSubscriptionUpcomingInvoice: ResolverTypeWrapper<ClientSubscriptionUpcomingInvoice>;
  ClientToggleType: ClientToggleType;
  ClientsList: ResolverTypeWrapper<Omit<ClientsList, 'clients'> & { clients?: Maybe<Array<ResolversTypes['Client']>> }>;
  CloudConvertStatus: CloudConvertStatus;
  CloudConvertStatusDetails: ResolverTypeWrapper<CloudConvertStatusDetails>;
  CloudflareCertificate: ResolverTypeWrapper<CloudflareCertificate>;
  Comment: ResolverTypeWrapper<Omit<Comment, 'childComments' | 'commentable' | 'parentComment' | 'user'> & { childComments?: Maybe<ResolversTypes['CommentsList']>, commentable: ResolversTypes['Commentable'], parentComment?: Maybe<ResolversTypes['Comment']>, user: ResolversTypes['User'] }>;
  Commentable: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Commentable']>;
  CommentableType: CommentableType;
  CommentsList: ResolverTypeWrapper<Omit<CommentsList, 'comments'> & { comments?: Maybe<Array<ResolversTypes['Comment']>> }>;
  Company: ResolverTypeWrapper<Company>;
  CompanyDetails: ResolverTypeWrapper<CompanyDetails>;
  CompanySecuritySettings: ResolverTypeWrapper<CompanySecuritySettings>;
  CompetencyAssessment: ResolverTypeWrapper<Omit<CompetencyAssessment, 'questions' | 'resourceItems'> & { questions?: Maybe<Array<ResolversTypes['CompetencyAssessmentQuestion']>>, resourceItems?: Maybe<Array<ResolversTypes['CompetencyAssessmentResource']>> }>;
  CompetencyAssessmentList: ResolverTypeWrapper<Omit<CompetencyAssessmentList, 'competencyAssessments'> & { competencyAssessments?: Maybe<Array<ResolversTypes['CompetencyAssessment']>> }>;
  CompetencyAssessmentQuestion: ResolverTypeWrapper<CompetencyAssessmentQuestion>;
  CompetencyAssessmentQuestionType: CompetencyAssessmentQuestionType;
  CompetencyAssessmentResource: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CompetencyAssessmentResource']>;
  CompetencyAssessmentResourceResponseType: CompetencyAssessmentResourceResponseType;
  CompetencyAssessmentResponse: ResolverTypeWrapper<CompetencyAssessmentResponse>;
  CompetencyAssessmentResponseQuestion: ResolverTypeWrapper<CompetencyAssessmentResponseQuestion>;
  CompetencyAssessmentResponseQuestionInput: CompetencyAssessmentResponseQuestionInput;
  Content: ResolverTypeWrapper<Omit<Content, 'tags'> & { tags?: Maybe<Array<Maybe<ResolversTypes['Tag']>>> }>;
  ContentBody: ResolverTypeWrapper<ContentBody>;
  ContentGenerationType: ContentGenerationType;
  ContentGroup: ResolverTypeWrapper<ContentGroup>;
  ContentGroupKind: ContentGroupKind;
  ContentItem: ResolverTypeWrapper<ContentItem>;
  ContentItemDisplayType: ContentItemDisplayType;
  ContentItemType: ContentItemType;
  ContentKind: ContentKind;
  ContentList: ResolverTypeWrapper<ContentList>;
  ContentOrTopicEnum: ContentOrTopicEnum;
  ContentReportLink: ResolverTypeWrapper<ContentReportLink>;
  ContentReportLinkResourceType: ContentReportLinkResourceType;
  ContentSearchResults: ResolverTypeWrapper<ContentSearchResults>;
  ContentSearchType: ContentSearchType;
  ContentSecurityPolicySrc: ResolverTypeWrapper<ContentSecurityPolicySrc>;
  ContentSecurityPolicySrcInput: ContentSecurityPolicySrcInput;
  ContentSubscription: ResolverTypeWrapper<ContentSubscription>;
  ContentSubscriptionInput: ContentSubscriptionInput;
  ContentTabs: ResolverTypeWrapper<Omit<ContentTabs, 'tabs'> & { tabs?: Maybe<Array<ResolversTypes['Tab']>> }>;
  ContentType: ResolverTypeWrapper<ContentType>;
  ContentTypeInput: ContentTypeInput;
  Coupon: ResolverTypeWrapper<Coupon>;
  CouponDuration: CouponDuration;
  Course: ResolverTypeWrapper<Omit<Course, 'courseGroup' | 'meetings' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'sampleLesson' | 'sections'> & { courseGroup?: Maybe<ResolversTypes['CourseGroup']>, meetings?: Maybe<Array<ResolversTypes['Meeting']>>, prerequisiteCourses?: Maybe<Array<Maybe<ResolversTypes['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<ResolversTypes['LearningPath']>>>, sampleLesson?: Maybe<ResolversTypes['Lesson']>, sections?: Maybe<Array<Maybe<ResolversTypes['Section']>>> }>;
  CourseAwardClaimingOption: ResolverTypeWrapper<CourseAwardClaimingOption>;
  CourseCompletionCriteria: ResolverTypeWrapper<CourseCompletionCriteria>;
  CourseCompletionCriteriaProgress: ResolverTypeWrapper<CourseCompletionCriteriaProgress>;
  CourseCompletionCriteriaType: CourseCompletionCriteriaType;
  CourseCompletionCriteriaTypeOption: ResolverTypeWrapper<CourseCompletionCriteriaTypeOption>;
  CourseEnrollment: ResolverTypeWrapper<TiEnrollment>;
  CourseEnrollmentPage: ResolverTypeWrapper<Omit<CourseEnrollmentPage, 'items'> & { items: Array<ResolversTypes['CourseEnrollment']> }>;
  CourseGroup: ResolverTypeWrapper<Omit<CourseGroup, 'contentType' | 'courses' | 'displayCourse' | 'relatedCourseGroups' | 'tabs' | 'tags'> & { contentType?: Maybe<ResolversTypes['ContentType']>, courses?: Maybe<Array<Maybe<ResolversTypes['Course']>>>, displayCourse?: Maybe<ResolversTypes['Course']>, relatedCourseGroups?: Maybe<Array<Maybe<ResolversTypes['CourseGroup']>>>, tabs?: Maybe<Array<Maybe<ResolversTypes['CourseTab']>>>, tags?: Maybe<Array<Maybe<ResolversTypes['Tag']>>> }>;
  CourseGroupKind: CourseGroupKind;
  CourseOrLearningPath: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CourseOrLearningPath']>;
  CourseTab: ResolverTypeWrapper<Omit<CourseTab, 'instructors' | 'sections' | 'testimonials'> & { instructors?: Maybe<Array<Maybe<ResolversTypes['Instructor']>>>, sections?: Maybe<Array<Maybe<ResolversTypes['Section']>>>, testimonials?: Maybe<Array<Maybe<ResolversTypes['Testimonial']>>> }>;
  CreateBookmarkInput: CreateBookmarkInput;
  CreateUserAccountInput: CreateUserAccountInput;
  CreditAccount: ResolverTypeWrapper<CreditAccount>;
  CreditAccountList: ResolverTypeWrapper<CreditAccountList>;
  CreditAccountStatus: CreditAccountStatus;
  CreditAccountType: CreditAccountType;
  CreditAction: ResolverTypeWrapper<CreditAction>;
  CreditActionList: ResolverTypeWrapper<CreditActionList>;
  CreditBatch: ResolverTypeWrapper<CreditBatch>;
  CreditBatchList: ResolverTypeWrapper<CreditBatchList>;
  CreditBatchListAPI: ResolverTypeWrapper<CreditBatchListApi>;
  CreditBatchStatus: CreditBatchStatus;
  CreditCard: ResolverTypeWrapper<CreditCard>;
  CredlyBadge: ResolverTypeWrapper<CredlyBadge>;
  CredlyBadgeInput: CredlyBadgeInput;
  CredlyBadgeResource: ResolverTypeWrapper<CredlyBadgeResource>;
  CredlyBadgeResourceType: CredlyBadgeResourceType;
  CredlyCompanySettingInput: CredlyCompanySettingInput;
  CredlySettings: ResolverTypeWrapper<CredlySettings>;
  CursorPageInfo: ResolverTypeWrapper<CursorPageInfo>;
  CustomField: ResolverTypeWrapper<CustomField>;
  CustomLanguage: ResolverTypeWrapper<CustomLanguage>;
  DashboardReportType: DashboardReportType;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateFormat: ResolverTypeWrapper<DateFormat>;
  DateRange: ResolverTypeWrapper<DateRange>;
  DeactivateByEmailResult: ResolverTypeWrapper<DeactivateByEmailResult>;
  DeactivateOutcome: DeactivateOutcome;
  DisplayBundle: ResolverTypeWrapper<DisplayBundle>;
  DualRoleStatus: ResolverTypeWrapper<DualRoleStatus>;
  EarnedBadge: ResolverTypeWrapper<Omit<EarnedBadge, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  EarnedBadgeBoard: ResolverTypeWrapper<Omit<EarnedBadgeBoard, 'earnedBadges'> & { earnedBadges?: Maybe<Array<Maybe<ResolversTypes['EarnedBadge']>>> }>;
  EcommerceItemType: EcommerceItemType;
  EcommerceSettings: ResolverTypeWrapper<EcommerceSettings>;
  EmailAuthorization: ResolverTypeWrapper<EmailAuthorization>;
  EmailAuthorizationList: ResolverTypeWrapper<EmailAuthorizationList>;
  EmailLayoutSettings: ResolverTypeWrapper<EmailLayoutSettings>;
  EmailType: EmailType;
  EmbedPage: ResolverTypeWrapper<EmbedPage>;
  EmbedPageLaunch: ResolverTypeWrapper<EmbedPageLaunch>;
  EmbedPageVariant: ResolverTypeWrapper<EmbedPageVariant>;
  EmbedPageVariantCondition: ResolverTypeWrapper<EmbedPageVariantCondition>;
  EmbedPageVariantConditionApplicability: EmbedPageVariantConditionApplicability;
  EmbedPageVariantConditionInput: EmbedPageVariantConditionInput;
  EmbedPageVariantConditionType: EmbedPageVariantConditionType;
  EmbedPageVariantInput: EmbedPageVariantInput;
  EmbedWidgetCourseStatus: ResolverTypeWrapper<Omit<EmbedWidgetCourseStatus, 'course'> & { course: ResolversTypes['Course'] }>;
  EmbedWidgetLayoutSection: EmbedWidgetLayoutSection;
  EmbedWidgetLearningPathStatus: ResolverTypeWrapper<Omit<EmbedWidgetLearningPathStatus, 'learningPath'> & { learningPath: ResolversTypes['LearningPath'] }>;
  EmbedWidgetSettings: ResolverTypeWrapper<EmbedWidgetSettings>;
  EnrollmentChange: EnrollmentChange;
  EnrollmentEvent: ResolverTypeWrapper<EnrollmentEvent>;
  EventList: ResolverTypeWrapper<EventList>;
  EventSource: EventSource;
  EventUser: ResolverTypeWrapper<EventUser>;
  ExpandableList: ResolverTypeWrapper<ExpandableList>;
  ExpandableListItem: ResolverTypeWrapper<ExpandableListItem>;
  Feature: ResolverTypeWrapper<Feature>;
  FlipCardPage: ResolverTypeWrapper<FlipCardPage>;
  FlipCards: ResolverTypeWrapper<FlipCards>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Forum: ResolverTypeWrapper<Omit<Forum, 'course'> & { course: ResolversTypes['Course'] }>;
  FoxyEcommerceAdditionalField: ResolverTypeWrapper<FoxyEcommerceAdditionalField>;
  FoxyEcommerceAdditionalFieldInput: FoxyEcommerceAdditionalFieldInput;
  FoxyEcommerceCountry: ResolverTypeWrapper<FoxyEcommerceCountry>;
  FoxyEcommerceHostedPaymentGateway: ResolverTypeWrapper<FoxyEcommerceHostedPaymentGateway>;
  FoxyEcommerceHostedPaymentGatewayType: ResolverTypeWrapper<FoxyEcommerceHostedPaymentGatewayType>;
  FoxyEcommerceLanguage: ResolverTypeWrapper<FoxyEcommerceLanguage>;
  FoxyEcommerceLocaleCode: ResolverTypeWrapper<FoxyEcommerceLocaleCode>;
  FoxyEcommercePaymentGateway: ResolverTypeWrapper<FoxyEcommercePaymentGateway>;
  FoxyEcommercePaymentGatewayAdditionalFieldConfig: ResolverTypeWrapper<FoxyEcommercePaymentGatewayAdditionalFieldConfig>;
  FoxyEcommercePaymentGatewayFieldConfig: ResolverTypeWrapper<FoxyEcommercePaymentGatewayFieldConfig>;
  FoxyEcommercePaymentGatewayInput: FoxyEcommercePaymentGatewayInput;
  FoxyEcommercePaymentGatewayType: ResolverTypeWrapper<FoxyEcommercePaymentGatewayType>;
  FoxyEcommercePaymentMethodSet: ResolverTypeWrapper<FoxyEcommercePaymentMethodSet>;
  FoxyEcommercePaymentMethodSetList: ResolverTypeWrapper<FoxyEcommercePaymentMethodSetList>;
  FoxyEcommerceSettings: ResolverTypeWrapper<FoxyEcommerceSettings>;
  FoxyEcommerceStore: ResolverTypeWrapper<FoxyEcommerceStore>;
  FoxyEcommerceStoreDefaults: ResolverTypeWrapper<FoxyEcommerceStoreDefaults>;
  FoxyEcommerceTemplateSet: ResolverTypeWrapper<FoxyEcommerceTemplateSet>;
  FoxyEcommerceTransactionsList: ResolverTypeWrapper<FoxyEcommerceTransactionsList>;
  FrameOption: FrameOption;
  FulfillmentCenter: ResolverTypeWrapper<FulfillmentCenter>;
  GeneralPage: ResolverTypeWrapper<GeneralPage>;
  GlobalNavigationLink: ResolverTypeWrapper<GlobalNavigationLink>;
  HeliumDeploymentLog: ResolverTypeWrapper<HeliumDeploymentLog>;
  HeliumDeploymentLogEvent: ResolverTypeWrapper<HeliumDeploymentLogEvent>;
  HeliumDeploymentLogFiltersInput: HeliumDeploymentLogFiltersInput;
  HeliumLaunchData: ResolverTypeWrapper<HeliumLaunchData>;
  HexColor: ResolverTypeWrapper<Scalars['HexColor']['output']>;
  HighlightZone: ResolverTypeWrapper<HighlightZone>;
  HighlightZonePage: ResolverTypeWrapper<HighlightZonePage>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IMISSettings: ResolverTypeWrapper<ImisSettings>;
  ImportedRedemptionCodeGroupCodesList: ResolverTypeWrapper<ImportedRedemptionCodeGroupCodesList>;
  InPersonEventInfo: ResolverTypeWrapper<InPersonEventInfo>;
  Ingredient: ResolverTypeWrapper<Ingredient>;
  IngredientGroup: ResolverTypeWrapper<IngredientGroup>;
  IngredientStep: ResolverTypeWrapper<IngredientStep>;
  Instructor: ResolverTypeWrapper<Instructor>;
  InstructorInput: InstructorInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ItemPrice: ResolverTypeWrapper<ItemPrice>;
  ItemPriceVariation: ResolverTypeWrapper<ItemPriceVariation>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KnowledgeCenterSettings: ResolverTypeWrapper<KnowledgeCenterSettings>;
  LabAvailability: ResolverTypeWrapper<LabAvailability>;
  Language: ResolverTypeWrapper<Language>;
  LanguageNamespace: LanguageNamespace;
  LanguageSelectorDisplayOptions: LanguageSelectorDisplayOptions;
  Layout: ResolverTypeWrapper<Layout>;
  LayoutKind: LayoutKind;
  LayoutProperty: LayoutProperty;
  LearnerDisplaySettings: ResolverTypeWrapper<LearnerDisplaySettings>;
  LearnerInput: LearnerInput;
  LearningPath: ResolverTypeWrapper<Omit<LearningPath, 'client' | 'fulfillmentCenter' | 'milestones' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'tabs' | 'tags'> & { client?: Maybe<ResolversTypes['Client']>, fulfillmentCenter?: Maybe<ResolversTypes['FulfillmentCenter']>, milestones?: Maybe<Array<Maybe<ResolversTypes['Milestone']>>>, prerequisiteCourses?: Maybe<Array<Maybe<ResolversTypes['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<ResolversTypes['LearningPath']>>>, tabs?: Maybe<ResolversTypes['LearningPathTabs']>, tags?: Maybe<Array<Maybe<ResolversTypes['Tag']>>> }>;
  LearningPathAction: ResolverTypeWrapper<Omit<LearningPathAction, 'learningPath' | 'milestone' | 'user'> & { learningPath: ResolversTypes['LearningPath'], milestone?: Maybe<ResolversTypes['Milestone']>, user?: Maybe<ResolversTypes['User']> }>;
  LearningPathStatusUserAccess: ResolverTypeWrapper<LearningPathStatusUserAccess>;
  LearningPathTab: ResolverTypeWrapper<Omit<LearningPathTab, 'instructors'> & { instructors?: Maybe<Array<Maybe<ResolversTypes['Instructor']>>> }>;
  LearningPathTabs: ResolverTypeWrapper<Omit<LearningPathTabs, 'tabs'> & { tabs?: Maybe<Array<ResolversTypes['LearningPathTab']>> }>;
  Lesson: ResolverTypeWrapper<Omit<Lesson, 'section' | 'topics'> & { section?: Maybe<ResolversTypes['Section']>, topics: Array<ResolversTypes['PageResource']> }>;
  License: ResolverTypeWrapper<Omit<License, 'childLicenses' | 'client' | 'courseTags' | 'courses' | 'learningPaths' | 'parentLicense'> & { childLicenses?: Maybe<Array<ResolversTypes['License']>>, client?: Maybe<ResolversTypes['Client']>, courseTags?: Maybe<Array<ResolversTypes['Tag']>>, courses?: Maybe<Array<ResolversTypes['Course']>>, learningPaths?: Maybe<Array<ResolversTypes['LearningPath']>>, parentLicense?: Maybe<ResolversTypes['License']> }>;
  LicenseNode: ResolverTypeWrapper<LicenseNode>;
  LicensesList: ResolverTypeWrapper<Omit<LicensesList, 'licenses'> & { licenses?: Maybe<Array<ResolversTypes['License']>> }>;
  LifecycleFieldChange: ResolverTypeWrapper<LifecycleFieldChange>;
  LifecycleStepFailure: ResolverTypeWrapper<LifecycleStepFailure>;
  LinkedWorkbook: ResolverTypeWrapper<Omit<LinkedWorkbook, 'course'> & { course?: Maybe<ResolversTypes['Course']> }>;
  LinkedWorkbookCategory: ResolverTypeWrapper<LinkedWorkbookCategory>;
  LinkedWorkbookList: ResolverTypeWrapper<Omit<LinkedWorkbookList, 'linkedWorkbooks'> & { linkedWorkbooks?: Maybe<Array<ResolversTypes['LinkedWorkbook']>> }>;
  LinkedWorkbookMeta: ResolverTypeWrapper<LinkedWorkbookMeta>;
  LinkedWorkbookStatus: LinkedWorkbookStatus;
  ListRollPage: ResolverTypeWrapper<ListRollPage>;
  Location: ResolverTypeWrapper<Location>;
  LocationsList: ResolverTypeWrapper<LocationsList>;
  LookerEmbed: ResolverTypeWrapper<LookerEmbed>;
  LookerEmbedCategory: ResolverTypeWrapper<LookerEmbedCategory>;
  LookerEmbedCategoryIcon: LookerEmbedCategoryIcon;
  LookerEmbedScope: LookerEmbedScope;
  LookerEmbedSubcategory: ResolverTypeWrapper<LookerEmbedSubcategory>;
  LookerExplore: ResolverTypeWrapper<LookerExplore>;
  LookerExploreCategory: ResolverTypeWrapper<LookerExploreCategory>;
  LookerFolder: ResolverTypeWrapper<LookerFolder>;
  LookerManagerDashboardWidgetType: LookerManagerDashboardWidgetType;
  ManagerContentSearchResults: ResolverTypeWrapper<Omit<ManagerContentSearchResults, 'contentItems'> & { contentItems: Array<ResolversTypes['CourseOrLearningPath']> }>;
  Marker: ResolverTypeWrapper<Marker>;
  MatchPairPage: ResolverTypeWrapper<MatchPairPage>;
  MatchPairs: ResolverTypeWrapper<MatchPairs>;
  Meeting: ResolverTypeWrapper<Omit<Meeting, 'attendees' | 'course'> & { attendees?: Maybe<Array<ResolversTypes['User']>>, course: ResolversTypes['Course'] }>;
  MeetingFields: MeetingFields;
  MeetingPage: ResolverTypeWrapper<MeetingPage>;
  MeetingsList: ResolverTypeWrapper<Omit<MeetingsList, 'meetings'> & { meetings?: Maybe<Array<ResolversTypes['Meeting']>> }>;
  MicrositeBlock: ResolverTypeWrapper<MicrositeBlock>;
  MicrositeBlockLink: ResolverTypeWrapper<MicrositeBlockLink>;
  Milestone: ResolverTypeWrapper<Omit<Milestone, 'completionCriteria' | 'learningPath' | 'milestoneCompetencyAssessment'> & { completionCriteria?: Maybe<Array<ResolversTypes['MilestoneCompletionCriteria']>>, learningPath: ResolversTypes['LearningPath'], milestoneCompetencyAssessment?: Maybe<ResolversTypes['MilestoneCompetencyAssessment']> }>;
  MilestoneCompetencyAssessment: ResolverTypeWrapper<Omit<MilestoneCompetencyAssessment, 'competencyAssessment'> & { competencyAssessment?: Maybe<ResolversTypes['CompetencyAssessment']> }>;
  MilestoneCompetencyAssessmentDisplayType: MilestoneCompetencyAssessmentDisplayType;
  MilestoneCompetencyAssessmentType: MilestoneCompetencyAssessmentType;
  MilestoneCompletionCriteria: ResolverTypeWrapper<MilestoneCompletionCriteria>;
  MilestoneCompletionCriteriaType: MilestoneCompletionCriteriaType;
  MilestoneContentGrouping: MilestoneContentGrouping;
  MilestoneCourse: ResolverTypeWrapper<MilestoneCourse>;
  MilestoneCourseInput: MilestoneCourseInput;
  MilestoneInput: MilestoneInput;
  MilestoneKind: MilestoneKind;
  MilestoneRequirement: MilestoneRequirement;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NodeEnv: NodeEnv;
  Note: ResolverTypeWrapper<Omit<Note, 'course' | 'lesson' | 'section'> & { course: ResolversTypes['Course'], lesson?: Maybe<ResolversTypes['Lesson']>, section?: Maybe<ResolversTypes['Section']> }>;
  NotebookPage: ResolverTypeWrapper<NotebookPage>;
  OffsetPageInfo: ResolverTypeWrapper<OffsetPageInfo>;
  OnboardingSurvey: ResolverTypeWrapper<Omit<OnboardingSurvey, 'client'> & { client?: Maybe<ResolversTypes['Client']> }>;
  OnboardingSurveyQuestion: ResolverTypeWrapper<OnboardingSurveyQuestion>;
  OnboardingSurveyQuestionChoice: ResolverTypeWrapper<OnboardingSurveyQuestionChoice>;
  OnboardingSurveyQuestionChoiceInput: OnboardingSurveyQuestionChoiceInput;
  OnboardingSurveyQuestionType: OnboardingSurveyQuestionType;
  OnboardingSurveyResponse: ResolverTypeWrapper<OnboardingSurveyResponse>;
  OnboardingSurveyResponseQuestion: ResolverTypeWrapper<OnboardingSurveyResponseQuestion>;
  OnboardingSurveyResponses: ResolverTypeWrapper<OnboardingSurveyResponses>;
  OnboardingSurveyResponsesInput: OnboardingSurveyResponsesInput;
  OnboardingSurveyScope: OnboardingSurveyScope;
  Order: ResolverTypeWrapper<Order>;
  OrderInput: OrderInput;
  OrderItemInput: OrderItemInput;
  Organization: ResolverTypeWrapper<Organization>;
  PDFViewerPage: ResolverTypeWrapper<PdfViewerPage>;
  Page: ResolverTypeWrapper<Omit<Page, 'prerequisiteCourses' | 'prerequisiteLearningPaths'> & { prerequisiteCourses?: Maybe<Array<Maybe<ResolversTypes['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<ResolversTypes['LearningPath']>>> }>;
  PageEntity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['PageEntity']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PageInfoInput: PageInfoInput;
  PageResource: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PageResource']>;
  PaymentIntent: ResolverTypeWrapper<PaymentIntent>;
  PrerequisiteResourceType: PrerequisiteResourceType;
  PresentationPage: ResolverTypeWrapper<PresentationPage>;
  PriceInput: PriceInput;
  Product: ResolverTypeWrapper<Product>;
  ProvisionLearnerInput: ProvisionLearnerInput;
  ProvisionLearnerResult: ResolverTypeWrapper<Omit<ProvisionLearnerResult, 'user'> & { user: ResolversTypes['UserAccount'] }>;
  ProvisionOutcome: ProvisionOutcome;
  PurchasedBundle: ResolverTypeWrapper<PurchasedBundle>;
  PurchasedCourse: ResolverTypeWrapper<Omit<PurchasedCourse, 'course'> & { course?: Maybe<ResolversTypes['Course']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<Question>;
  QuestionCategory: ResolverTypeWrapper<QuestionCategory>;
  QuestionCategoryInput: QuestionCategoryInput;
  QuestionChoice: ResolverTypeWrapper<QuestionChoice>;
  QuestionChoiceInput: QuestionChoiceInput;
  QuestionDisplayOption: QuestionDisplayOption;
  QuestionInput: QuestionInput;
  QuestionPool: ResolverTypeWrapper<QuestionPool>;
  QuestionTable: ResolverTypeWrapper<QuestionTable>;
  QuestionTableCell: ResolverTypeWrapper<QuestionTableCell>;
  QuestionTableCellInput: QuestionTableCellInput;
  QuestionTableInput: QuestionTableInput;
  QuizPage: ResolverTypeWrapper<QuizPage>;
  QuizQuestion: ResolverTypeWrapper<QuizQuestion>;
  RecipePage: ResolverTypeWrapper<RecipePage>;
  RecommendationAssessment: ResolverTypeWrapper<Omit<RecommendationAssessment, 'client'> & { client?: Maybe<ResolversTypes['Client']> }>;
  RecommendationAssessmentQuestion: ResolverTypeWrapper<RecommendationAssessmentQuestion>;
  RecommendationAssessmentQuestionType: RecommendationAssessmentQuestionType;
  RecommendationAssessmentResponse: ResolverTypeWrapper<RecommendationAssessmentResponse>;
  RecommendationAssessmentResponseQuestion: ResolverTypeWrapper<RecommendationAssessmentResponseQuestion>;
  RecommendationAssessmentResponseQuestionInput: RecommendationAssessmentResponseQuestionInput;
  RecommendationAssessmentScope: RecommendationAssessmentScope;
  RedeemedRegistrationRedemptionResult: ResolverTypeWrapper<RedeemedRegistrationRedemptionResult>;
  RedemptionCode: ResolverTypeWrapper<RedemptionCode>;
  RedemptionCodeGroup: ResolverTypeWrapper<Omit<RedemptionCodeGroup, 'client' | 'courses' | 'learningPaths' | 'licenses'> & { client?: Maybe<ResolversTypes['Client']>, courses?: Maybe<Array<ResolversTypes['Course']>>, learningPaths?: Maybe<Array<ResolversTypes['LearningPath']>>, licenses?: Maybe<Array<ResolversTypes['License']>> }>;
  RedemptionCodeGroupList: ResolverTypeWrapper<Omit<RedemptionCodeGroupList, 'redemptionCodeGroups'> & { redemptionCodeGroups?: Maybe<Array<ResolversTypes['RedemptionCodeGroup']>> }>;
  RefundCharge: ResolverTypeWrapper<RefundCharge>;
  RegistrationCode: ResolverTypeWrapper<Omit<RegistrationCode, 'client' | 'courses' | 'learningPaths' | 'licenses'> & { client?: Maybe<ResolversTypes['Client']>, courses?: Maybe<Array<ResolversTypes['Course']>>, learningPaths?: Maybe<Array<ResolversTypes['LearningPath']>>, licenses?: Maybe<Array<ResolversTypes['License']>> }>;
  RegistrationCodeList: ResolverTypeWrapper<Omit<RegistrationCodeList, 'registrationCodes'> & { registrationCodes?: Maybe<Array<ResolversTypes['RegistrationCode']>> }>;
  RelativeURL: ResolverTypeWrapper<Scalars['RelativeURL']['output']>;
  ReleaseType: ReleaseType;
  Resource: ResolverTypeWrapper<Resource>;
  Ribbon: ResolverTypeWrapper<Ribbon>;
  Role: ResolverTypeWrapper<Role>;
  RoleKind: RoleKind;
  RoleRequirementUnit: RoleRequirementUnit;
  RoleTypeToDisable: RoleTypeToDisable;
  RootLayout: ResolverTypeWrapper<RootLayout>;
  RssItem: ResolverTypeWrapper<RssItem>;
  RusticiCourseLaunchResponse: ResolverTypeWrapper<RusticiCourseLaunchResponse>;
  RusticiImportJobStatus: ResolverTypeWrapper<RusticiImportJobStatus>;
  RusticiLaunch: ResolverTypeWrapper<RusticiLaunch>;
  RusticiRegistration: ResolverTypeWrapper<RusticiRegistration>;
  RusticiRegistrationList: ResolverTypeWrapper<RusticiRegistrationList>;
  SSOAttributeMapping: ResolverTypeWrapper<SsoAttributeMapping>;
  SSOSettings: ResolverTypeWrapper<SsoSettings>;
  SalesforceAgreement: ResolverTypeWrapper<SalesforceAgreement>;
  SalesforceAgreementUsageType: SalesforceAgreementUsageType;
  SalesforceConnection: ResolverTypeWrapper<SalesforceConnection>;
  SalesforceContact: ResolverTypeWrapper<SalesforceContact>;
  SalesforceInstanceSettings: ResolverTypeWrapper<SalesforceInstanceSettings>;
  SalesforceInstanceStatus: SalesforceInstanceStatus;
  SalesforcePackageVersion: ResolverTypeWrapper<SalesforcePackageVersion>;
  SalesforceProvisionResult: ResolverTypeWrapper<Omit<SalesforceProvisionResult, 'user'> & { user: ResolversTypes['User'] }>;
  ScormAttempt: ResolverTypeWrapper<Omit<ScormAttempt, 'course' | 'user'> & { course: ResolversTypes['Course'], user: ResolversTypes['User'] }>;
  ScormInteraction: ResolverTypeWrapper<ScormInteraction>;
  ScormInteractionInput: ScormInteractionInput;
  ScormLaunchDetail: ResolverTypeWrapper<ScormLaunchDetail>;
  ScormPage: ResolverTypeWrapper<ScormPage>;
  SeatPackage: ResolverTypeWrapper<SeatPackage>;
  SeatPackageInput: SeatPackageInput;
  SeatTier: ResolverTypeWrapper<SeatTier>;
  SeatTierInput: SeatTierInput;
  Section: ResolverTypeWrapper<Omit<Section, 'lessons'> & { lessons?: Maybe<Array<Maybe<ResolversTypes['Lesson']>>> }>;
  ShippingMethod: ResolverTypeWrapper<ShippingMethod>;
  ShippingRate: ResolverTypeWrapper<ShippingRate>;
  ShippingRateInput: ShippingRateInput;
  ShippingRateList: ResolverTypeWrapper<ShippingRateList>;
  SimilarContentType: SimilarContentType;
  Slides: ResolverTypeWrapper<Slides>;
  SlideshowPage: ResolverTypeWrapper<SlideshowPage>;
  Slug: ResolverTypeWrapper<Scalars['Slug']['output']>;
  Snippet: ResolverTypeWrapper<Snippet>;
  SortColumn: SortColumn;
  SortDirection: SortDirection;
  SortInfo: ResolverTypeWrapper<SortInfo>;
  SortInfoInput: SortInfoInput;
  Status: Status;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StripeAccount: ResolverTypeWrapper<StripeAccount>;
  StripeAccountMode: StripeAccountMode;
  Sublicense: ResolverTypeWrapper<Sublicense>;
  SublicenseInput: SublicenseInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SuperQuiz: ResolverTypeWrapper<SuperQuiz>;
  SurveyPage: ResolverTypeWrapper<SurveyPage>;
  SyncProfileInput: SyncProfileInput;
  SyncProfileOutcome: SyncProfileOutcome;
  SyncProfileResult: ResolverTypeWrapper<Omit<SyncProfileResult, 'user'> & { user: ResolversTypes['UserAccount'] }>;
  Tab: ResolverTypeWrapper<Omit<Tab, 'instructors'> & { instructors?: Maybe<Array<ResolversTypes['Instructor']>> }>;
  TabInput: TabInput;
  Tag: ResolverTypeWrapper<Tag>;
  TagInput: TagInput;
  TallyPage: ResolverTypeWrapper<TallyPage>;
  TallyPageScoreTier: ResolverTypeWrapper<TallyPageScoreTier>;
  TaxCategory: ResolverTypeWrapper<TaxCategory>;
  TermsAndConditions: ResolverTypeWrapper<TermsAndConditions>;
  TestPage: ResolverTypeWrapper<TestPage>;
  Testimonial: ResolverTypeWrapper<Omit<Testimonial, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  TestimonialInput: TestimonialInput;
  TextAlignment: TextAlignment;
  TextPage: ResolverTypeWrapper<TextPage>;
  TextPageSidebar: ResolverTypeWrapper<TextPageSidebar>;
  Thread: ResolverTypeWrapper<Omit<Thread, 'client' | 'course' | 'forum' | 'user'> & { client?: Maybe<ResolversTypes['Client']>, course?: Maybe<ResolversTypes['Course']>, forum: ResolversTypes['Forum'], user: ResolversTypes['User'] }>;
  ThreadsList: ResolverTypeWrapper<Omit<ThreadsList, 'threads'> & { threads?: Maybe<Array<ResolversTypes['Thread']>> }>;
  Topic: ResolverTypeWrapper<Topic>;
  TopicGroup: ResolverTypeWrapper<TopicGroup>;
  TopicGroupCategory: ResolverTypeWrapper<TopicGroupCategory>;
  TopicGroupFile: ResolverTypeWrapper<TopicGroupFile>;
  TopicGroupSubcategory: ResolverTypeWrapper<TopicGroupSubcategory>;
  TopicGroupTopic: ResolverTypeWrapper<TopicGroupTopic>;
  TopicSearchAutocompleteResult: ResolverTypeWrapper<TopicSearchAutocompleteResult>;
  TopicSearchAutocompleteResultCategory: ResolverTypeWrapper<TopicSearchAutocompleteResultCategory>;
  TopicSearchResult: ResolverTypeWrapper<TopicSearchResult>;
  TopicSearchResultList: ResolverTypeWrapper<TopicSearchResultList>;
  TopicType: TopicType;
  Transcript: ResolverTypeWrapper<Transcript>;
  Translation: ResolverTypeWrapper<Translation>;
  TranslationNamespace: TranslationNamespace;
  TranslationsList: ResolverTypeWrapper<TranslationsList>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  UUID: ResolverTypeWrapper<Scalars['UUID']['output']>;
  UpdateUserAccountInput: UpdateUserAccountInput;
  User: ResolverTypeWrapper<Omit<User, 'account' | 'activeLicense' | 'adminClients' | 'allocatedLearningPaths' | 'allocatedLicenses' | 'attendedMeetings' | 'client' | 'enrollments' | 'purchasedCourses' | 'waitlistedCourses'> & { account?: Maybe<ResolversTypes['UserAccount']>, activeLicense?: Maybe<ResolversTypes['License']>, adminClients?: Maybe<Array<Maybe<ResolversTypes['Client']>>>, allocatedLearningPaths?: Maybe<Array<ResolversTypes['AllocatedLearningPath']>>, allocatedLicenses?: Maybe<Array<ResolversTypes['AllocatedLicense']>>, attendedMeetings?: Maybe<Array<ResolversTypes['UserAttendedMeeting']>>, client?: Maybe<ResolversTypes['Client']>, enrollments?: Maybe<Array<ResolversTypes['CourseEnrollment']>>, purchasedCourses?: Maybe<Array<ResolversTypes['PurchasedCourse']>>, waitlistedCourses?: Maybe<Array<ResolversTypes['WaitlistedCourse']>> }>;
  UserAccount: ResolverTypeWrapper<TiUser>;
  UserAccountPage: ResolverTypeWrapper<Omit<UserAccountPage, 'items'> & { items: Array<ResolversTypes['UserAccount']> }>;
  UserAttendedMeeting: ResolverTypeWrapper<Omit<UserAttendedMeeting, 'meeting' | 'user'> & { meeting?: Maybe<ResolversTypes['Meeting']>, user: ResolversTypes['User'] }>;
  UserAwardCount: ResolverTypeWrapper<UserAwardCount>;
  UserCustomField: ResolverTypeWrapper<UserCustomField>;
  UserCustomFieldType: UserCustomFieldType;
  UserEmbedWidget: ResolverTypeWrapper<Omit<UserEmbedWidget, 'courseStatus' | 'earnedBadges' | 'learningPathStatus' | 'user'> & { courseStatus: Array<Maybe<ResolversTypes['EmbedWidgetCourseStatus']>>, earnedBadges: Array<Maybe<ResolversTypes['EarnedBadge']>>, learningPathStatus: Array<Maybe<ResolversTypes['EmbedWidgetLearningPathStatus']>>, user: ResolversTypes['User'] }>;
  UserEvent: ResolverTypeWrapper<UserEvent>;
  UserEventType: UserEventType;
  UserProgress: ResolverTypeWrapper<UserProgress>;
  UserPurchase: ResolverTypeWrapper<UserPurchase>;
  UserPurchaseRefund: ResolverTypeWrapper<UserPurchaseRefund>;
  UserRecommendedSlug: ResolverTypeWrapper<UserRecommendedSlug>;
  UserRecommendedSlugInput: UserRecommendedSlugInput;
  UserRecommendedTag: ResolverTypeWrapper<UserRecommendedTag>;
  UserRecommendedTagInput: UserRecommendedTagInput;
  UserRef: ResolverTypeWrapper<UserRef>;
  UserStatus: UserStatus;
  UsersList: ResolverTypeWrapper<Omit<UsersList, 'users'> & { users?: Maybe<Array<ResolversTypes['User']>> }>;
  ValidateRedemptionCodeResult: ResolverTypeWrapper<ValidateRedemptionCodeResult>;
  ValidateRegistrationCodeResult: ResolverTypeWrapper<ValidateRegistrationCodeResult>;
  VariationInput: VariationInput;
  VideoPage: ResolverTypeWrapper<VideoPage>;
  Waitlist: ResolverTypeWrapper<Omit<Waitlist, 'course'> & { course: ResolversTypes['Course'] }>;
  WaitlistedCourse: ResolverTypeWrapper<Omit<WaitlistedCourse, 'course'> & { course?: Maybe<ResolversTypes['Course']> }>;
  WebexLab: ResolverTypeWrapper<WebexLab>;
  WebexWebinarConnection: ResolverTypeWrapper<WebexWebinarConnection>;
  WebinarBlock: ResolverTypeWrapper<WebinarBlock>;
  WebinarDate: ResolverTypeWrapper<WebinarDate>;
  WebinarDateRange: WebinarDateRange;
  WebinarRecording: ResolverTypeWrapper<WebinarRecording>;
  WorkatoAuthSettings: ResolverTypeWrapper<WorkatoAuthSettings>;
  WorkatoCompanySettings: ResolverTypeWrapper<WorkatoCompanySettings>;
  WorkatoCustomerAccount: ResolverTypeWrapper<WorkatoCustomerAccount>;
  WorkbookPage: ResolverTypeWrapper<WorkbookPage>;
  ZendeskContent: ResolverTypeWrapper<Omit<ZendeskContent, 'certificate'> & { certificate?: Maybe<ResolversTypes['Certificate']> }>;
  coOrganizerNames: CoOrganizerNames;
  quizAttemptInput: QuizAttemptInput;
  transcriptField: TranscriptField;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  APICacheLogsList: ApiCacheLogsList;
  APILicenseList: Omit<ApiLicenseList, 'licenses'> & { licenses: Array<ResolversParentTypes['License']> };
  AbsoluteOrRelativeURL: Scalars['AbsoluteOrRelativeURL']['output'];
  AccessExpiration: Omit<AccessExpiration, 'course' | 'learningPath' | 'license' | 'resource'> & { course?: Maybe<ResolversParentTypes['Course']>, learningPath?: Maybe<ResolversParentTypes['LearningPath']>, license?: Maybe<ResolversParentTypes['License']>, resource: ResolversParentTypes['AccessExpirationResource'] };
  AccessExpirationResource: ResolversUnionTypes<ResolversParentTypes>['AccessExpirationResource'];
  AccessExpirationsList: Omit<AccessExpirationsList, 'accessExpirations'> & { accessExpirations?: Maybe<Array<ResolversParentTypes['AccessExpiration']>> };
  AcmeCertificate: AcmeCertificate;
  AcmeChallenge: AcmeChallenge;
  AdobeConnectWebinarConnection: AdobeConnectWebinarConnection;
  Aggregation: Aggregation;
  AggregationBucket: AggregationBucket;
  AllocatedLearningPath: Omit<AllocatedLearningPath, 'learningPath'> & { learningPath?: Maybe<ResolversParentTypes['LearningPath']> };
  AllocatedLicense: Omit<AllocatedLicense, 'license'> & { license?: Maybe<ResolversParentTypes['License']> };
  AppearanceSettings: AppearanceSettings;
  ArchivedContent: ArchivedContent;
  ArticlePage: ArticlePage;
  ArticlePageLanguage: ArticlePageLanguage;
  Assessment: Assessment;
  AssessmentAnswer: AssessmentAnswer;
  AssessmentAttempt: Omit<AssessmentAttempt, 'course' | 'user'> & { course?: Maybe<ResolversParentTypes['Course']>, user?: Maybe<ResolversParentTypes['User']> };
  AssessmentAttemptInput: AssessmentAttemptInput;
  AssessmentAttemptList: Omit<AssessmentAttemptList, 'assessmentAttempts'> & { assessmentAttempts?: Maybe<Array<ResolversParentTypes['AssessmentAttempt']>> };
  AssessmentPageEntity: ResolversInterfaceTypes<ResolversParentTypes>['AssessmentPageEntity'];
  AssetList: Omit<AssetList, 'assets'> & { assets?: Maybe<Array<ResolversParentTypes['CentralLibraryItem']>> };
  Assignment: Assignment;
  AssignmentPage: AssignmentPage;
  AssignmentSubmission: Omit<AssignmentSubmission, 'course' | 'quizAttempt' | 'user'> & { course?: Maybe<ResolversParentTypes['Course']>, quizAttempt?: Maybe<ResolversParentTypes['AssessmentAttempt']>, user?: Maybe<ResolversParentTypes['User']> };
  AssignmentSubmissionList: Omit<AssignmentSubmissionList, 'assignmentSubmissions'> & { assignmentSubmissions?: Maybe<Array<ResolversParentTypes['AssignmentSubmission']>> };
  AudioPage: AudioPage;
  AvalaraTaxSettings: AvalaraTaxSettings;
  Award: Omit<Award, 'certificate' | 'resource' | 'user'> & { certificate?: Maybe<ResolversParentTypes['Certificate']>, resource?: Maybe<ResolversParentTypes['AwardResource']>, user?: Maybe<ResolversParentTypes['User']> };
  AwardClaiming: AwardClaiming;
  AwardQualification: AwardQualification;
  AwardResource: ResolversUnionTypes<ResolversParentTypes>['AwardResource'];
  AwardTotal: Omit<AwardTotal, 'resource'> & { resource?: Maybe<ResolversParentTypes['AwardResource']> };
  AwardType: AwardType;
  AwardsList: Omit<AwardsList, 'awards'> & { awards?: Maybe<Array<Maybe<ResolversParentTypes['Award']>>> };
  BackgroundJob: BackgroundJob;
  Badge: Badge;
  BadgeImage: BadgeImage;
  BadgeLeader: Omit<BadgeLeader, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  BadgeLeaderboard: Omit<BadgeLeaderboard, 'currentUserPosition' | 'leaders'> & { currentUserPosition?: Maybe<ResolversParentTypes['BadgeLeader']>, leaders?: Maybe<Array<Maybe<ResolversParentTypes['BadgeLeader']>>> };
  Block: Block;
  Bookmark: Omit<Bookmark, 'bookmarkFolder' | 'course' | 'user'> & { bookmarkFolder: ResolversParentTypes['BookmarkFolder'], course: ResolversParentTypes['Course'], user: ResolversParentTypes['User'] };
  BookmarkFolder: Omit<BookmarkFolder, 'bookmarks' | 'user'> & { bookmarks?: Maybe<Array<ResolversParentTypes['Bookmark']>>, user: ResolversParentTypes['User'] };
  Boolean: Scalars['Boolean']['output'];
  BulkImportSession: BulkImportSession;
  BulkOrder: BulkOrder;
  Bundle: Bundle;
  BundleCoupon: BundleCoupon;
  BundleVariation: BundleVariation;
  Campaign: Omit<Campaign, 'resources'> & { resources?: Maybe<Array<ResolversParentTypes['CampaignResource']>> };
  CampaignEmail: CampaignEmail;
  CampaignEmailTarget: Omit<CampaignEmailTarget, 'campaign' | 'meeting' | 'resource' | 'user'> & { campaign: ResolversParentTypes['Campaign'], meeting?: Maybe<ResolversParentTypes['Meeting']>, resource: ResolversParentTypes['CampaignResource'], user: ResolversParentTypes['User'] };
  CampaignResource: ResolversUnionTypes<ResolversParentTypes>['CampaignResource'];
  CampaignUserActionOption: CampaignUserActionOption;
  CartItem: CartItem;
  CatalogCategory: CatalogCategory;
  CatalogContent: CatalogContent;
  CatalogMeta: CatalogMeta;
  CatalogSettings: CatalogSettings;
  CatalogSubcategory: CatalogSubcategory;
  CentralLibraryItem: Omit<CentralLibraryItem, 'tags'> & { tags?: Maybe<Array<Maybe<ResolversParentTypes['Tag']>>> };
  Certificate: Omit<Certificate, 'certificateTemplate' | 'resource' | 'user'> & { certificateTemplate?: Maybe<ResolversParentTypes['CertificateTemplate']>, resource?: Maybe<ResolversParentTypes['CertificateResource']>, user: ResolversParentTypes['User'] };
  CertificateField: CertificateField;
  CertificateResource: ResolversUnionTypes<ResolversParentTypes>['CertificateResource'];
  CertificateTemplate: Omit<CertificateTemplate, 'resource'> & { resource: ResolversParentTypes['CertificateTemplateResource'] };
  CertificateTemplateLabel: CertificateTemplateLabel;
  CertificateTemplateResource: ResolversUnionTypes<ResolversParentTypes>['CertificateTemplateResource'];
  CertificateUploadField: CertificateUploadField;
  Charge: Charge;
  ChargeItem: ChargeItem;
  ChargeJournalEntry: ChargeJournalEntry;
  Client: Omit<Client, 'courseTags' | 'courses' | 'learningPaths' | 'licenses' | 'primaryLicense' | 'purchasableTags' | 'tags'> & { courseTags?: Maybe<Array<ResolversParentTypes['Tag']>>, courses?: Maybe<Array<ResolversParentTypes['Course']>>, learningPaths?: Maybe<Array<ResolversParentTypes['LearningPath']>>, licenses?: Maybe<Array<ResolversParentTypes['License']>>, primaryLicense?: Maybe<ResolversParentTypes['License']>, purchasableTags?: Maybe<Array<ResolversParentTypes['Tag']>>, tags?: Maybe<Array<ResolversParentTypes['Tag']>> };
  ClientSubscription: ClientSubscription;
  ClientSubscriptionInvoiceProration: ClientSubscriptionInvoiceProration;
  ClientSubscriptionInvoiceProrationLineItem: ClientSubscriptionInvoiceProrationLineItem;
  ClientSubscriptionUpcomingInvoice: ClientSubscriptionUpcomingInvoice;
  ClientsList: Omit<ClientsList, 'clients'> & { clients?: Maybe<Array<ResolversParentTypes['Client']>> };
  CloudConvertStatusDetails: CloudConvertStatusDetails;
  CloudflareCertificate: CloudflareCertificate;
  Comment: Omit<Comment, 'childComments' | 'commentable' | 'parentComment' | 'user'> & { childComments?: Maybe<ResolversParentTypes['CommentsList']>, commentable: ResolversParentTypes['Commentable'], parentComment?: Maybe<ResolversParentTypes['Comment']>, user: ResolversParentTypes['User'] };
  Commentable: ResolversUnionTypes<ResolversParentTypes>['Commentable'];
  CommentsList: Omit<CommentsList, 'comments'> & { comments?: Maybe<Array<ResolversParentTypes['Comment']>> };
  Company: Company;
  CompanyDetails: CompanyDetails;
  CompanySecuritySettings: CompanySecuritySettings;
  CompetencyAssessment: Omit<CompetencyAssessment, 'questions' | 'resourceItems'> & { questions?: Maybe<Array<ResolversParentTypes['CompetencyAssessmentQuestion']>>, resourceItems?: Maybe<Array<ResolversParentTypes['CompetencyAssessmentResource']>> };
  CompetencyAssessmentList: Omit<CompetencyAssessmentList, 'competencyAssessments'> & { competencyAssessments?: Maybe<Array<ResolversParentTypes['CompetencyAssessment']>> };
  CompetencyAssessmentQuestion: CompetencyAssessmentQuestion;
  CompetencyAssessmentResource: ResolversUnionTypes<ResolversParentTypes>['CompetencyAssessmentResource'];
  CompetencyAssessmentResponse: CompetencyAssessmentResponse;
  CompetencyAssessmentResponseQuestion: CompetencyAssessmentResponseQuestion;
  CompetencyAssessmentResponseQuestionInput: CompetencyAssessmentResponseQuestionInput;
  Content: Omit<Content, 'tags'> & { tags?: Maybe<Array<Maybe<ResolversParentTypes['Tag']>>> };
  ContentBody: ContentBody;
  ContentGroup: ContentGroup;
  ContentItem: ContentItem;
  ContentList: ContentList;
  ContentReportLink: ContentReportLink;
  ContentSearchResults: ContentSearchResults;
  ContentSecurityPolicySrc: ContentSecurityPolicySrc;
  ContentSecurityPolicySrcInput: ContentSecurityPolicySrcInput;
  ContentSubscription: ContentSubscription;
  ContentSubscriptionInput: ContentSubscriptionInput;
  ContentTabs: Omit<ContentTabs, 'tabs'> & { tabs?: Maybe<Array<ResolversParentTypes['Tab']>> };
  ContentType: ContentType;
  ContentTypeInput: ContentTypeInput;
  Coupon: Coupon;
  Course: Omit<Course, 'courseGroup' | 'meetings' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'sampleLesson' | 'sections'> & { courseGroup?: Maybe<ResolversParentTypes['CourseGroup']>, meetings?: Maybe<Array<ResolversParentTypes['Meeting']>>, prerequisiteCourses?: Maybe<Array<Maybe<ResolversParentTypes['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<ResolversParentTypes['LearningPath']>>>, sampleLesson?: Maybe<ResolversParentTypes['Lesson']>, sections?: Maybe<Array<Maybe<ResolversParentTypes['Section']>>> };
  CourseAwardClaimingOption: CourseAwardClaimingOption;
  CourseCompletionCriteria: CourseCompletionCriteria;
  CourseCompletionCriteriaProgress: CourseCompletionCriteriaProgress;
  CourseCompletionCriteriaTypeOption: CourseCompletionCriteriaTypeOption;
  CourseEnrollment: TiEnrollment;
  CourseEnrollmentPage: Omit<CourseEnrollmentPage, 'items'> & { items: Array<ResolversParentTypes['CourseEnrollment']> };
  CourseGroup: Omit<CourseGroup, 'contentType' | 'courses' | 'displayCourse' | 'relatedCourseGroups' | 'tabs' | 'tags'> & { contentType?: Maybe<ResolversParentTypes['ContentType']>, courses?: Maybe<Array<Maybe<ResolversParentTypes['Course']>>>, displayCourse?: Maybe<ResolversParentTypes['Course']>, relatedCourseGroups?: Maybe<Array<Maybe<ResolversParentTypes['CourseGroup']>>>, tabs?: Maybe<Array<Maybe<ResolversParentTypes['CourseTab']>>>, tags?: Maybe<Array<Maybe<ResolversParentTypes['Tag']>>> };
  CourseOrLearningPath: ResolversUnionTypes<ResolversParentTypes>['CourseOrLearningPath'];
  CourseTab: Omit<CourseTab, 'instructors' | 'sections' | 'testimonials'> & { instructors?: Maybe<Array<Maybe<ResolversParentTypes['Instructor']>>>, sections?: Maybe<Array<Maybe<ResolversParentTypes['Section']>>>, testimonials?: Maybe<Array<Maybe<ResolversParentTypes['Testimonial']>>> };
  CreateBookmarkInput: CreateBookmarkInput;
  CreateUserAccountInput: CreateUserAccountInput;
  CreditAccount: CreditAccount;
  CreditAccountList: CreditAccountList;
  CreditAction: CreditAction;
  CreditActionList: CreditActionList;
  CreditBatch: CreditBatch;
  CreditBatchList: CreditBatchList;
  CreditBatchListAPI: CreditBatchListApi;
  CreditCard: CreditCard;
  CredlyBadge: CredlyBadge;
  CredlyBadgeInput: CredlyBadgeInput;
  CredlyBadgeResource: CredlyBadgeResource;
  CredlyCompanySettingInput: CredlyCompanySettingInput;
  CredlySettings: CredlySettings;
  CursorPageInfo: CursorPageInfo;
  CustomField: CustomField;
  CustomLanguage: CustomLanguage;
  Date: Scalars['Date']['output'];
  DateFormat: DateFormat;
  DateRange: DateRange;
  DeactivateByEmailResult: DeactivateByEmailResult;
  DisplayBundle: DisplayBundle;
  DualRoleStatus: DualRoleStatus;
  EarnedBadge: Omit<EarnedBadge, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  EarnedBadgeBoard: Omit<EarnedBadgeBoard, 'earnedBadges'> & { earnedBadges?: Maybe<Array<Maybe<ResolversParentTypes['EarnedBadge']>>> };
  EcommerceSettings: EcommerceSettings;
  EmailAuthorization: EmailAuthorization;
  EmailAuthorizationList: EmailAuthorizationList;
  EmailLayoutSettings: EmailLayoutSettings;
  EmbedPage: EmbedPage;
  EmbedPageLaunch: EmbedPageLaunch;
  EmbedPageVariant: EmbedPageVariant;
  EmbedPageVariantCondition: EmbedPageVariantCondition;
  EmbedPageVariantConditionInput: EmbedPageVariantConditionInput;
  EmbedPageVariantInput: EmbedPageVariantInput;
  EmbedWidgetCourseStatus: Omit<EmbedWidgetCourseStatus, 'course'> & { course: ResolversParentTypes['Course'] };
  EmbedWidgetLearningPathStatus: Omit<EmbedWidgetLearningPathStatus, 'learningPath'> & { learningPath: ResolversParentTypes['LearningPath'] };
  EmbedWidgetSettings: EmbedWidgetSettings;
  EnrollmentEvent: EnrollmentEvent;
  EventList: EventList;
  EventUser: EventUser;
  ExpandableList: ExpandableList;
  ExpandableListItem: ExpandableListItem;
  Feature: Feature;
  FlipCardPage: FlipCardPage;
  FlipCards: FlipCards;
  Float: Scalars['Float']['output'];
  Forum: Omit<Forum, 'course'> & { course: ResolversParentTypes['Course'] };
  FoxyEcommerceAdditionalField: FoxyEcommerceAdditionalField;
  FoxyEcommerceAdditionalFieldInput: FoxyEcommerceAdditionalFieldInput;
  FoxyEcommerceCountry: FoxyEcommerceCountry;
  FoxyEcommerceHostedPaymentGateway: FoxyEcommerceHostedPaymentGateway;
  FoxyEcommerceHostedPaymentGatewayType: FoxyEcommerceHostedPaymentGatewayType;
  FoxyEcommerceLanguage: FoxyEcommerceLanguage;
  FoxyEcommerceLocaleCode: FoxyEcommerceLocaleCode;
  FoxyEcommercePaymentGateway: FoxyEcommercePaymentGateway;
  FoxyEcommercePaymentGatewayAdditionalFieldConfig: FoxyEcommercePaymentGatewayAdditionalFieldConfig;
  FoxyEcommercePaymentGatewayFieldConfig: FoxyEcommercePaymentGatewayFieldConfig;
  FoxyEcommercePaymentGatewayInput: FoxyEcommercePaymentGatewayInput;
  FoxyEcommercePaymentGatewayType: FoxyEcommercePaymentGatewayType;
  FoxyEcommercePaymentMethodSet: FoxyEcommercePaymentMethodSet;
  FoxyEcommercePaymentMethodSetList: FoxyEcommercePaymentMethodSetList;
  FoxyEcommerceSettings: FoxyEcommerceSettings;
  FoxyEcommerceStore: FoxyEcommerceStore;
  FoxyEcommerceStoreDefaults: FoxyEcommerceStoreDefaults;
  FoxyEcommerceTemplateSet: FoxyEcommerceTemplateSet;
  FoxyEcommerceTransactionsList: FoxyEcommerceTransactionsList;
  FulfillmentCenter: FulfillmentCenter;
  GeneralPage: GeneralPage;
  GlobalNavigationLink: GlobalNavigationLink;
  HeliumDeploymentLog: HeliumDeploymentLog;
  HeliumDeploymentLogEvent: HeliumDeploymentLogEvent;
  HeliumDeploymentLogFiltersInput: HeliumDeploymentLogFiltersInput;
  HeliumLaunchData: HeliumLaunchData;
  HexColor: Scalars['HexColor']['output'];
  HighlightZone: HighlightZone;
  HighlightZonePage: HighlightZonePage;
  ID: Scalars['ID']['output'];
  IMISSettings: ImisSettings;
  ImportedRedemptionCodeGroupCodesList: ImportedRedemptionCodeGroupCodesList;
  InPersonEventInfo: InPersonEventInfo;
  Ingredient: Ingredient;
  IngredientGroup: IngredientGroup;
  IngredientStep: IngredientStep;
  Instructor: Instructor;
  InstructorInput: InstructorInput;
  Int: Scalars['Int']['output'];
  ItemPrice: ItemPrice;
  ItemPriceVariation: ItemPriceVariation;
  JSON: Scalars['JSON']['output'];
  KnowledgeCenterSettings: KnowledgeCenterSettings;
  LabAvailability: LabAvailability;
  Language: Language;
  Layout: Layout;
  LearnerDisplaySettings: LearnerDisplaySettings;
  LearnerInput: LearnerInput;
  LearningPath: Omit<LearningPath, 'client' | 'fulfillmentCenter' | 'milestones' | 'prerequisiteCourses' | 'prerequisiteLearningPaths' | 'tabs' | 'tags'> & { client?: Maybe<ResolversParentTypes['Client']>, fulfillmentCenter?: Maybe<ResolversParentTypes['FulfillmentCenter']>, milestones?: Maybe<Array<Maybe<ResolversParentTypes['Milestone']>>>, prerequisiteCourses?: Maybe<Array<Maybe<ResolversParentTypes['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<ResolversParentTypes['LearningPath']>>>, tabs?: Maybe<ResolversParentTypes['LearningPathTabs']>, tags?: Maybe<Array<Maybe<ResolversParentTypes['Tag']>>> };
  LearningPathAction: Omit<LearningPathAction, 'learningPath' | 'milestone' | 'user'> & { learningPath: ResolversParentTypes['LearningPath'], milestone?: Maybe<ResolversParentTypes['Milestone']>, user?: Maybe<ResolversParentTypes['User']> };
  LearningPathStatusUserAccess: LearningPathStatusUserAccess;
  LearningPathTab: Omit<LearningPathTab, 'instructors'> & { instructors?: Maybe<Array<Maybe<ResolversParentTypes['Instructor']>>> };
  LearningPathTabs: Omit<LearningPathTabs, 'tabs'> & { tabs?: Maybe<Array<ResolversParentTypes['LearningPathTab']>> };
  Lesson: Omit<Lesson, 'section' | 'topics'> & { section?: Maybe<ResolversParentTypes['Section']>, topics: Array<ResolversParentTypes['PageResource']> };
  License: Omit<License, 'childLicenses' | 'client' | 'courseTags' | 'courses' | 'learningPaths' | 'parentLicense'> & { childLicenses?: Maybe<Array<ResolversParentTypes['License']>>, client?: Maybe<ResolversParentTypes['Client']>, courseTags?: Maybe<Array<ResolversParentTypes['Tag']>>, courses?: Maybe<Array<ResolversParentTypes['Course']>>, learningPaths?: Maybe<Array<ResolversParentTypes['LearningPath']>>, parentLicense?: Maybe<ResolversParentTypes['License']> };
  LicenseNode: LicenseNode;
  LicensesList: Omit<LicensesList, 'licenses'> & { licenses?: Maybe<Array<ResolversParentTypes['License']>> };
  LifecycleFieldChange: LifecycleFieldChange;
  LifecycleStepFailure: LifecycleStepFailure;
  LinkedWorkbook: Omit<LinkedWorkbook, 'course'> & { course?: Maybe<ResolversParentTypes['Course']> };
  LinkedWorkbookCategory: LinkedWorkbookCategory;
  LinkedWorkbookList: Omit<LinkedWorkbookList, 'linkedWorkbooks'> & { linkedWorkbooks?: Maybe<Array<ResolversParentTypes['LinkedWorkbook']>> };
  LinkedWorkbookMeta: LinkedWorkbookMeta;
  ListRollPage: ListRollPage;
  Location: Location;
  LocationsList: LocationsList;
  LookerEmbed: LookerEmbed;
  LookerEmbedCategory: LookerEmbedCategory;
  LookerEmbedSubcategory: LookerEmbedSubcategory;
  LookerExplore: LookerExplore;
  LookerExploreCategory: LookerExploreCategory;
  LookerFolder: LookerFolder;
  ManagerContentSearchResults: Omit<ManagerContentSearchResults, 'contentItems'> & { contentItems: Array<ResolversParentTypes['CourseOrLearningPath']> };
  Marker: Marker;
  MatchPairPage: MatchPairPage;
  MatchPairs: MatchPairs;
  Meeting: Omit<Meeting, 'attendees' | 'course'> & { attendees?: Maybe<Array<ResolversParentTypes['User']>>, course: ResolversParentTypes['Course'] };
  MeetingFields: MeetingFields;
  MeetingPage: MeetingPage;
  MeetingsList: Omit<MeetingsList, 'meetings'> & { meetings?: Maybe<Array<ResolversParentTypes['Meeting']>> };
  MicrositeBlock: MicrositeBlock;
  MicrositeBlockLink: MicrositeBlockLink;
  Milestone: Omit<Milestone, 'completionCriteria' | 'learningPath' | 'milestoneCompetencyAssessment'> & { completionCriteria?: Maybe<Array<ResolversParentTypes['MilestoneCompletionCriteria']>>, learningPath: ResolversParentTypes['LearningPath'], milestoneCompetencyAssessment?: Maybe<ResolversParentTypes['MilestoneCompetencyAssessment']> };
  MilestoneCompetencyAssessment: Omit<MilestoneCompetencyAssessment, 'competencyAssessment'> & { competencyAssessment?: Maybe<ResolversParentTypes['CompetencyAssessment']> };
  MilestoneCompletionCriteria: MilestoneCompletionCriteria;
  MilestoneCourse: MilestoneCourse;
  MilestoneCourseInput: MilestoneCourseInput;
  MilestoneInput: MilestoneInput;
  Mutation: Record<PropertyKey, never>;
  Note: Omit<Note, 'course' | 'lesson' | 'section'> & { course: ResolversParentTypes['Course'], lesson?: Maybe<ResolversParentTypes['Lesson']>, section?: Maybe<ResolversParentTypes['Section']> };
  NotebookPage: NotebookPage;
  OffsetPageInfo: OffsetPageInfo;
  OnboardingSurvey: Omit<OnboardingSurvey, 'client'> & { client?: Maybe<ResolversParentTypes['Client']> };
  OnboardingSurveyQuestion: OnboardingSurveyQuestion;
  OnboardingSurveyQuestionChoice: OnboardingSurveyQuestionChoice;
  OnboardingSurveyQuestionChoiceInput: OnboardingSurveyQuestionChoiceInput;
  OnboardingSurveyResponse: OnboardingSurveyResponse;
  OnboardingSurveyResponseQuestion: OnboardingSurveyResponseQuestion;
  OnboardingSurveyResponses: OnboardingSurveyResponses;
  OnboardingSurveyResponsesInput: OnboardingSurveyResponsesInput;
  Order: Order;
  OrderInput: OrderInput;
  OrderItemInput: OrderItemInput;
  Organization: Organization;
  PDFViewerPage: PdfViewerPage;
  Page: Omit<Page, 'prerequisiteCourses' | 'prerequisiteLearningPaths'> & { prerequisiteCourses?: Maybe<Array<Maybe<ResolversParentTypes['Course']>>>, prerequisiteLearningPaths?: Maybe<Array<Maybe<ResolversParentTypes['LearningPath']>>> };
  PageEntity: ResolversInterfaceTypes<ResolversParentTypes>['PageEntity'];
  PageInfo: PageInfo;
  PageInfoInput: PageInfoInput;
  PageResource: ResolversUnionTypes<ResolversParentTypes>['PageResource'];
  PaymentIntent: PaymentIntent;
  PresentationPage: PresentationPage;
  PriceInput: PriceInput;
  Product: Product;
  ProvisionLearnerInput: ProvisionLearnerInput;
  ProvisionLearnerResult: Omit<ProvisionLearnerResult, 'user'> & { user: ResolversParentTypes['UserAccount'] };
  PurchasedBundle: PurchasedBundle;
  PurchasedCourse: Omit<PurchasedCourse, 'course'> & { course?: Maybe<ResolversParentTypes['Course']> };
  Query: Record<PropertyKey, never>;
  Question: Question;
  QuestionCategory: QuestionCategory;
  QuestionCategoryInput: QuestionCategoryInput;
  QuestionChoice: QuestionChoice;
  QuestionChoiceInput: QuestionChoiceInput;
  QuestionInput: QuestionInput;
  QuestionPool: QuestionPool;
  QuestionTable: QuestionTable;
  QuestionTableCell: QuestionTableCell;
  QuestionTableCellInput: QuestionTableCellInput;
  QuestionTableInput: QuestionTableInput;
  QuizPage: QuizPage;
  QuizQuestion: QuizQuestion;
  RecipePage: RecipePage;
  RecommendationAssessment: Omit<RecommendationAssessment, 'client'> & { client?: Maybe<ResolversParentTypes['Client']> };
  RecommendationAssessmentQuestion: RecommendationAssessmentQuestion;
  RecommendationAssessmentResponse: RecommendationAssessmentResponse;
  RecommendationAssessmentResponseQuestion: RecommendationAssessmentResponseQuestion;
  RecommendationAssessmentResponseQuestionInput: RecommendationAssessmentResponseQuestionInput;
  RedeemedRegistrationRedemptionResult: RedeemedRegistrationRedemptionResult;
  RedemptionCode: RedemptionCode;
  RedemptionCodeGroup: Omit<RedemptionCodeGroup, 'client' | 'courses' | 'learningPaths' | 'licenses'> & { client?: Maybe<ResolversParentTypes['Client']>, courses?: Maybe<Array<ResolversParentTypes['Course']>>, learningPaths?: Maybe<Array<ResolversParentTypes['LearningPath']>>, licenses?: Maybe<Array<ResolversParentTypes['License']>> };
  RedemptionCodeGroupList: Omit<RedemptionCodeGroupList, 'redemptionCodeGroups'> & { redemptionCodeGroups?: Maybe<Array<ResolversParentTypes['RedemptionCodeGroup']>> };
  RefundCharge: RefundCharge;
  RegistrationCode: Omit<RegistrationCode, 'client' | 'courses' | 'learningPaths' | 'licenses'> & { client?: Maybe<ResolversParentTypes['Client']>, courses?: Maybe<Array<ResolversParentTypes['Course']>>, learningPaths?: Maybe<Array<ResolversParentTypes['LearningPath']>>, licenses?: Maybe<Array<ResolversParentTypes['License']>> };
  RegistrationCodeList: Omit<RegistrationCodeList, 'registrationCodes'> & { registrationCodes?: Maybe<Array<ResolversParentTypes['RegistrationCode']>> };
  RelativeURL: Scalars['RelativeURL']['output'];
  Resource: Resource;
  Ribbon: Ribbon;
  Role: Role;
  RootLayout: RootLayout;
  RssItem: RssItem;
  RusticiCourseLaunchResponse: RusticiCourseLaunchResponse;
  RusticiImportJobStatus: RusticiImportJobStatus;
  RusticiLaunch: RusticiLaunch;
  RusticiRegistration: RusticiRegistration;
  RusticiRegistrationList: RusticiRegistrationList;
  SSOAttributeMapping: SsoAttributeMapping;
  SSOSettings: SsoSettings;
  SalesforceAgreement: SalesforceAgreement;
  SalesforceConnection: SalesforceConnection;
  SalesforceContact: SalesforceContact;
  SalesforceInstanceSettings: SalesforceInstanceSettings;
  SalesforcePackageVersion: SalesforcePackageVersion;
  SalesforceProvisionResult: Omit<SalesforceProvisionResult, 'user'> & { user: ResolversParentTypes['User'] };
  ScormAttempt: Omit<ScormAttempt, 'course' | 'user'> & { course: ResolversParentTypes['Course'], user: ResolversParentTypes['User'] };
  ScormInteraction: ScormInteraction;
  ScormInteractionInput: ScormInteractionInput;
  ScormLaunchDetail: ScormLaunchDetail;
  ScormPage: ScormPage;
  SeatPackage: SeatPackage;
  SeatPackageInput: SeatPackageInput;
  SeatTier: SeatTier;
  SeatTierInput: SeatTierInput;
  Section: Omit<Section, 'lessons'> & { lessons?: Maybe<Array<Maybe<ResolversParentTypes['Lesson']>>> };
  ShippingMethod: ShippingMethod;
  ShippingRate: ShippingRate;
  ShippingRateInput: ShippingRateInput;
  ShippingRateList: ShippingRateList;
  Slides: Slides;
  SlideshowPage: SlideshowPage;
  Slug: Scalars['Slug']['output'];
  Snippet: Snippet;
  SortInfo: SortInfo;
  SortInfoInput: SortInfoInput;
  String: Scalars['String']['output'];
  StripeAccount: StripeAccount;
  Sublicense: Sublicense;
  SublicenseInput: SublicenseInput;
  Subscription: Record<PropertyKey, never>;
  SuperQuiz: SuperQuiz;
  SurveyPage: SurveyPage;
  SyncProfileInput: SyncProfileInput;
  SyncProfileResult: Omit<SyncProfileResult, 'user'> & { user: ResolversParentTypes['UserAccount'] };
  Tab: Omit<Tab, 'instructors'> & { instructors?: Maybe<Array<ResolversParentTypes['Instructor']>> };
  TabInput: TabInput;
  Tag: Tag;
  TagInput: TagInput;
  TallyPage: TallyPage;
  TallyPageScoreTier: TallyPageScoreTier;
  TaxCategory: TaxCategory;
  TermsAndConditions: TermsAndConditions;
  TestPage: TestPage;
  Testimonial: Omit<Testimonial, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  TestimonialInput: TestimonialInput;
  TextPage: TextPage;
  TextPageSidebar: TextPageSidebar;
  Thread: Omit<Thread, 'client' | 'course' | 'forum' | 'user'> & { client?: Maybe<ResolversParentTypes['Client']>, course?: Maybe<ResolversParentTypes['Course']>, forum: ResolversParentTypes['Forum'], user: ResolversParentTypes['User'] };
  ThreadsList: Omit<ThreadsList, 'threads'> & { threads?: Maybe<Array<ResolversParentTypes['Thread']>> };
  Topic: Topic;
  TopicGroup: TopicGroup;
  TopicGroupCategory: TopicGroupCategory;
  TopicGroupFile: TopicGroupFile;
  TopicGroupSubcategory: TopicGroupSubcategory;
  TopicGroupTopic: TopicGroupTopic;
  TopicSearchAutocompleteResult: TopicSearchAutocompleteResult;
  TopicSearchAutocompleteResultCategory: TopicSearchAutocompleteResultCategory;
  TopicSearchResult: TopicSearchResult;
  TopicSearchResultList: TopicSearchResultList;
  Transcript: Transcript;
  Translation: Translation;
  TranslationsList: TranslationsList;
  URL: Scalars['URL']['output'];
  UUID: Scalars['UUID']['output'];
  UpdateUserAccountInput: UpdateUserAccountInput;
  User: Omit<User, 'account' | 'activeLicense' | 'adminClients' | 'allocatedLearningPaths' | 'allocatedLicenses' | 'attendedMeetings' | 'client' | 'enrollments' | 'purchasedCourses' | 'waitlistedCourses'> & { account?: Maybe<ResolversParentTypes['UserAccount']>, activeLicense?: Maybe<ResolversParentTypes['License']>, adminClients?: Maybe<Array<Maybe<ResolversParentTypes['Client']>>>, allocatedLearningPaths?: Maybe<Array<ResolversParentTypes['AllocatedLearningPath']>>, allocatedLicenses?: Maybe<Array<ResolversParentTypes['AllocatedLicense']>>, attendedMeetings?: Maybe<Array<ResolversParentTypes['UserAttendedMeeting']>>, client?: Maybe<ResolversParentTypes['Client']>, enrollments?: Maybe<Array<ResolversParentTypes['CourseEnrollment']>>, purchasedCourses?: Maybe<Array<ResolversParentTypes['PurchasedCourse']>>, waitlistedCourses?: Maybe<Array<ResolversParentTypes['WaitlistedCourse']>> };
  UserAccount: TiUser;
  UserAccountPage: Omit<UserAccountPage, 'items'> & { items: Array<ResolversParentTypes['UserAccount']> };
  UserAttendedMeeting: Omit<UserAttendedMeeting, 'meeting' | 'user'> & { meeting?: Maybe<ResolversParentTypes['Meeting']>, user: ResolversParentTypes['User'] };
  UserAwardCount: UserAwardCount;
  UserCustomField: UserCustomField;
  UserEmbedWidget: Omit<UserEmbedWidget, 'courseStatus' | 'earnedBadges' | 'learningPathStatus' | 'user'> & { courseStatus: Array<Maybe<ResolversParentTypes['EmbedWidgetCourseStatus']>>, earnedBadges: Array<Maybe<ResolversParentTypes['EarnedBadge']>>, learningPathStatus: Array<Maybe<ResolversParentTypes['EmbedWidgetLearningPathStatus']>>, user: ResolversParentTypes['User'] };
  UserEvent: UserEvent;
  UserProgress: UserProgress;
  UserPurchase: UserPurchase;
  UserPurchaseRefund: UserPurchaseRefund;
  UserRecommendedSlug: UserRecommendedSlug;
  UserRecommendedSlugInput: UserRecommendedSlugInput;
  UserRecommendedTag: UserRecommendedTag;
  UserRecommendedTagInput: UserRecommendedTagInput;
  UserRef: UserRef;
  UsersList: Omit<UsersList, 'users'> & { users?: Maybe<Array<ResolversParentTypes['User']>> };
  ValidateRedemptionCodeResult: ValidateRedemptionCodeResult;
  ValidateRegistrationCodeResult: ValidateRegistrationCodeResult;
  VariationInput: VariationInput;
  VideoPage: VideoPage;
  Waitlist: Omit<Waitlist, 'course'> & { course: ResolversParentTypes['Course'] };
  WaitlistedCourse: Omit<WaitlistedCourse, 'course'> & { course?: Maybe<ResolversParentTypes['Course']> };
  WebexLab: WebexLab;
  WebexWebinarConnection: WebexWebinarConnection;
  WebinarBlock: WebinarBlock;
  WebinarDate: WebinarDate;
  WebinarDateRange: WebinarDateRange;
  WebinarRecording: WebinarRecording;
  WorkatoAuthSettings: WorkatoAuthSettings;
  WorkatoCompanySettings: WorkatoCompanySettings;
  WorkatoCustomerAccount: WorkatoCustomerAccount;
  WorkbookPage: WorkbookPage;
  ZendeskContent: Omit<ZendeskContent, 'certificate'> & { certificate?: Maybe<ResolversParentTypes['Certificate']> };
  coOrganizerNames: CoOrganizerNames;
  quizAttemptInput: QuizAttemptInput;
  transcriptField: TranscriptField;
};

export type AuthAccessDirectiveArgs = {
  requires?: Maybe<AuthRole>;
};

export type AuthAccessDirectiveResolver<Result, Parent, ContextType = GatewayContext, Args = AuthAccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ComplexityDirectiveArgs = {
  multipliers?: Maybe<Array<Scalars['String']['input']>>;
  value: Scalars['Int']['input'];
};

export type ComplexityDirectiveResolver<Result, Parent, ContextType = GatewayContext, Args = ComplexityDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type DeferDirectiveArgs = {
  if?: Scalars['Boolean']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type DeferDirectiveResolver<Result, Parent, ContextType = GatewayContext, Args = DeferDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type DocDirectiveArgs = {
  category: Scalars['String']['input'];
};

export type DocDirectiveResolver<Result, Parent, ContextType = GatewayContext, Args = DocDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type StreamDirectiveArgs = {
  if?: Scalars['Boolean']['input'];
  initialCount?: Maybe<Scalars['Int']['input']>;
  label?: Maybe<Scalars['String']['input']>;
};

export type StreamDirectiveResolver<Result, Parent, ContextType = GatewayContext, Args = StreamDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApiCacheLogsListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['APICacheLogsList'] = ResolversParentTypes['APICacheLogsList']> = {
  data?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['CursorPageInfo']>, ParentType, ContextType>;
};

export type ApiLicenseListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['APILicenseList'] = ResolversParentTypes['APILicenseList']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  licenses?: Resolver<Array<ResolversTypes['License']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface AbsoluteOrRelativeUrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AbsoluteOrRelativeURL'], any> {
  name: 'AbsoluteOrRelativeURL';
}

export type AccessExpirationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AccessExpiration'] = ResolversParentTypes['AccessExpiration']> = {
  bundle?: Resolver<Maybe<ResolversTypes['Bundle']>, ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  learningPath?: Resolver<Maybe<ResolversTypes['LearningPath']>, ParentType, ContextType>;
  license?: Resolver<Maybe<ResolversTypes['License']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['AccessExpirationResource'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['AccessExpirationResourceType'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AccessExpirationResourceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AccessExpirationResource'] = ResolversParentTypes['AccessExpirationResource']> = {
  __resolveType: TypeResolveFn<'Bundle' | 'Course' | 'LearningPath' | 'License', ParentType, ContextType>;
};

export type AccessExpirationsListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AccessExpirationsList'] = ResolversParentTypes['AccessExpirationsList']> = {
  accessExpirations?: Resolver<Maybe<Array<ResolversTypes['AccessExpiration']>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type AcmeCertificateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AcmeCertificate'] = ResolversParentTypes['AcmeCertificate']> = {
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AcmeCertificateStatus'], ParentType, ContextType>;
};

export type AcmeChallengeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AcmeChallenge'] = ResolversParentTypes['AcmeChallenge']> = {
  authorizationUrl?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  challengeKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  challengeUrl?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  company?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dnsChallenge?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  finalize?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  forNodeEnv?: Resolver<ResolversTypes['NodeEnv'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AcmeChallengeStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AdobeConnectWebinarConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AdobeConnectWebinarConnection'] = ResolversParentTypes['AdobeConnectWebinarConnection']> = {
  adobeConnectDomain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  adobeConnectLogin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  adobeConnectPassword?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AggregationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Aggregation'] = ResolversParentTypes['Aggregation']> = {
  buckets?: Resolver<Maybe<Array<Maybe<ResolversTypes['AggregationBucket']>>>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AggregationBucketResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AggregationBucket'] = ResolversParentTypes['AggregationBucket']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  query?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AllocatedLearningPathResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AllocatedLearningPath'] = ResolversParentTypes['AllocatedLearningPath']> = {
  learningPath?: Resolver<Maybe<ResolversTypes['LearningPath']>, ParentType, ContextType>;
  learningPathId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AllocatedLicenseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AllocatedLicense'] = ResolversParentTypes['AllocatedLicense']> = {
  license?: Resolver<Maybe<ResolversTypes['License']>, ParentType, ContextType>;
  licenseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  licenseRole?: Resolver<ResolversTypes['AllocatedLicenseRole'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AppearanceSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AppearanceSettings'] = ResolversParentTypes['AppearanceSettings']> = {
  accentColor?: Resolver<Maybe<ResolversTypes['HexColor']>, ParentType, ContextType>;
  altFont?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  backgroundAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  backgroundAssetTiled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  customCss?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  favicon?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  font?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  globalNavigationLinks?: Resolver<Maybe<Array<Maybe<ResolversTypes['GlobalNavigationLink']>>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkColor?: Resolver<Maybe<ResolversTypes['HexColor']>, ParentType, ContextType>;
  logoAsset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  retinaLogo?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  secondaryColor?: Resolver<Maybe<ResolversTypes['HexColor']>, ParentType, ContextType>;
};

export type ArchivedContentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ArchivedContent'] = ResolversParentTypes['ArchivedContent']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reinstatable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  resourceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  waitlistActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ArticlePageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ArticlePage'] = ResolversParentTypes['ArticlePage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['ArticlePageLanguage']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  videoAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticlePageLanguageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ArticlePageLanguage'] = ResolversParentTypes['ArticlePageLanguage']> = {
  allowAudioDownload?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  audioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  audioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  copyright?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrlCallToAction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pdfAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pdfAssetSecondary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pdfAssetSecondaryUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  pdfAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pdfAssetTitleSecondary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pdfAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssessmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minPassingPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssessmentAnswerResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssessmentAnswer'] = ResolversParentTypes['AssessmentAnswer']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasDefaultGrade?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssessmentAttemptResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssessmentAttempt'] = ResolversParentTypes['AssessmentAttempt']> = {
  adminUpdatedGrade?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  answeredQuestionsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  answers?: Resolver<Maybe<Array<ResolversTypes['AssessmentAnswer']>>, ParentType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['Assessment']>, ParentType, ContextType>;
  assignmentSubmissionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  correctQuestionsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  courseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  forgiven?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkedWorkbook?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  originalGrade?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  poolLabelByQuestionId?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  questions?: Resolver<Maybe<Array<ResolversTypes['QuizQuestion']>>, ParentType, ContextType>;
  questionsWithChoicesCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssessmentAttemptStatus'], ParentType, ContextType>;
  timeElapsedInSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
  topicId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  topicType?: Resolver<Maybe<ResolversTypes['TopicType']>, ParentType, ContextType>;
  unansweredQuestionsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type AssessmentAttemptListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssessmentAttemptList'] = ResolversParentTypes['AssessmentAttemptList']> = {
  assessmentAttempts?: Resolver<Maybe<Array<ResolversTypes['AssessmentAttempt']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['CursorPageInfo'], ParentType, ContextType>;
};

export type AssessmentPageEntityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssessmentPageEntity'] = ResolversParentTypes['AssessmentPageEntity']> = {
  __resolveType: TypeResolveFn<'QuizPage' | 'SurveyPage' | 'TallyPage' | 'TestPage' | 'WorkbookPage', ParentType, ContextType>;
};

export type AssetListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssetList'] = ResolversParentTypes['AssetList']> = {
  aggregations?: Resolver<Maybe<Array<ResolversTypes['Aggregation']>>, ParentType, ContextType>;
  assets?: Resolver<Maybe<Array<ResolversTypes['CentralLibraryItem']>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type AssignmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssignmentPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssignmentPage'] = ResolversParentTypes['AssignmentPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  allowExternalActivity?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  allowVideoSubmission?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableDiscussionAssignment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  externalActivityButtonText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalActivityButtonUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hideDiscussionUntilCommentPost?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preventProgression?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssignmentSubmissionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssignmentSubmission'] = ResolversParentTypes['AssignmentSubmission']> = {
  additionalAsset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  adminUpdatedGrade?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  commentsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  courseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['AssignmentSubmissionGrade']>, ParentType, ContextType>;
  gradeFeedback?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  numericGrade?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  quizAttempt?: Resolver<Maybe<ResolversTypes['AssessmentAttempt']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  videoAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssignmentSubmissionListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AssignmentSubmissionList'] = ResolversParentTypes['AssignmentSubmissionList']> = {
  aggregations?: Resolver<Maybe<Array<ResolversTypes['Aggregation']>>, ParentType, ContextType>;
  assignmentSubmissions?: Resolver<Maybe<Array<ResolversTypes['AssignmentSubmission']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AudioPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AudioPage'] = ResolversParentTypes['AudioPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  audioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sidebarIsHidden?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AvalaraTaxSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AvalaraTaxSettings'] = ResolversParentTypes['AvalaraTaxSettings']> = {
  accountId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  disableAddressValidation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disableDocumentCommitting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disableTaxCalculation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  licenseKey?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sendEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serviceUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  taxInclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AwardResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Award'] = ResolversParentTypes['Award']> = {
  awardAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  awardType?: Resolver<Maybe<ResolversTypes['AwardType']>, ParentType, ContextType>;
  awardWhen?: Resolver<Maybe<ResolversTypes['AwardWhen']>, ParentType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['AwardResource']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type AwardQualificationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AwardQualification'] = ResolversParentTypes['AwardQualification']> = {
  allResources?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  awardAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  awardInterval?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  awardType?: Resolver<Maybe<ResolversTypes['AwardType']>, ParentType, ContextType>;
  awardWhen?: Resolver<Maybe<ResolversTypes['AwardWhen']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resourceType?: Resolver<Maybe<ResolversTypes['AwardResourceType']>, ParentType, ContextType>;
  resources?: Resolver<Maybe<Array<Maybe<ResolversTypes['ID']>>>, ParentType, ContextType>;
};

export type AwardResourceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AwardResource'] = ResolversParentTypes['AwardResource']> = {
  __resolveType: TypeResolveFn<'Course' | 'LearningPath', ParentType, ContextType>;
};

export type AwardTotalResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AwardTotal'] = ResolversParentTypes['AwardTotal']> = {
  awardType?: Resolver<ResolversTypes['AwardType'], ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['AwardResource']>, ParentType, ContextType>;
  resourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AwardTypeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AwardType'] = ResolversParentTypes['AwardType']> = {
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['AwardTypeIcon']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includeOnDashboard?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pluralLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AwardsListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AwardsList'] = ResolversParentTypes['AwardsList']> = {
  awards?: Resolver<Maybe<Array<Maybe<ResolversTypes['Award']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type BackgroundJobResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BackgroundJob'] = ResolversParentTypes['BackgroundJob']> = {
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  repeatable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BackgroundJobStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BadgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Badge'] = ResolversParentTypes['Badge']> = {
  asset?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  awardThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  awardType?: Resolver<Maybe<ResolversTypes['AwardType']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BadgeImageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BadgeImage'] = ResolversParentTypes['BadgeImage']> = {
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BadgeLeaderResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BadgeLeader'] = ResolversParentTypes['BadgeLeader']> = {
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type BadgeLeaderboardResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BadgeLeaderboard'] = ResolversParentTypes['BadgeLeaderboard']> = {
  awardType?: Resolver<Maybe<ResolversTypes['AwardType']>, ParentType, ContextType>;
  currentUserPosition?: Resolver<Maybe<ResolversTypes['BadgeLeader']>, ParentType, ContextType>;
  leaders?: Resolver<Maybe<Array<Maybe<ResolversTypes['BadgeLeader']>>>, ParentType, ContextType>;
};

export type BlockResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Block'] = ResolversParentTypes['Block']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type BookmarkResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Bookmark'] = ResolversParentTypes['Bookmark']> = {
  bookmarkFolder?: Resolver<ResolversTypes['BookmarkFolder'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
  topicId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type BookmarkFolderResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BookmarkFolder'] = ResolversParentTypes['BookmarkFolder']> = {
  bookmarkCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bookmarks?: Resolver<Maybe<Array<ResolversTypes['Bookmark']>>, ParentType, ContextType>;
  defaultFolder?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  externalResourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type BulkImportSessionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BulkImportSession'] = ResolversParentTypes['BulkImportSession']> = {
  backgroundJob?: Resolver<Maybe<ResolversTypes['BackgroundJob']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  invalidRows?: Resolver<Maybe<Array<Maybe<ResolversTypes['JSON']>>>, ParentType, ContextType>;
  validRows?: Resolver<Maybe<Array<Maybe<ResolversTypes['JSON']>>>, ParentType, ContextType>;
};

export type BulkOrderResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BulkOrder'] = ResolversParentTypes['BulkOrder']> = {
  redeemedCodesCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redemptionCodeGroupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCodesCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BundleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Bundle'] = ResolversParentTypes['Bundle']> = {
  annualPlanId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  annualPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needShippingAddress?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  planId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  priceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  purchasable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  taxable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  variations?: Resolver<Maybe<Array<Maybe<ResolversTypes['BundleVariation']>>>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BundleCouponResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BundleCoupon'] = ResolversParentTypes['BundleCoupon']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  amountOffInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  appliesToUser?: Resolver<Maybe<ResolversTypes['AppliesToUser']>, ParentType, ContextType>;
  bundles?: Resolver<Array<ResolversTypes['Bundle']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['CouponDuration']>, ParentType, ContextType>;
  durationInMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  externalCouponId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  generated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxRedemptions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  percentOff?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  redeemBy?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  timesRedeemed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BundleVariationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['BundleVariation'] = ResolversParentTypes['BundleVariation']> = {
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CampaignResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign']> = {
  allResources?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  emails?: Resolver<Maybe<Array<Maybe<ResolversTypes['CampaignEmail']>>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resourceIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['CampaignResourceType'], ParentType, ContextType>;
  resources?: Resolver<Maybe<Array<ResolversTypes['CampaignResource']>>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CampaignType'], ParentType, ContextType>;
};

export type CampaignEmailResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CampaignEmail'] = ResolversParentTypes['CampaignEmail']> = {
  actionText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actionUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  allMeetings?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentEndDaysAfter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentEndDaysBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentStartDaysAfter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentStartDaysBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  dueDateDaysAfter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dueDateDaysBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lang?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notWhen?: Resolver<Maybe<ResolversTypes['CampaignUserAction']>, ParentType, ContextType>;
  notWhenSettings?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['CampaignEmailTrigger'], ParentType, ContextType>;
  userAction?: Resolver<Maybe<ResolversTypes['CampaignUserAction']>, ParentType, ContextType>;
  userActionSettings?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type CampaignEmailTargetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CampaignEmailTarget'] = ResolversParentTypes['CampaignEmailTarget']> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['CampaignResource'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['CampaignResourceType'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type CampaignResourceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CampaignResource'] = ResolversParentTypes['CampaignResource']> = {
  __resolveType: TypeResolveFn<'Course' | 'CourseGroup' | 'LearningPath', ParentType, ContextType>;
};

export type CampaignUserActionOptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CampaignUserActionOption'] = ResolversParentTypes['CampaignUserActionOption']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CatalogCategoryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CatalogCategory'] = ResolversParentTypes['CatalogCategory']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  subcategories?: Resolver<Maybe<Array<Maybe<ResolversTypes['CatalogSubcategory']>>>, ParentType, ContextType>;
};

export type CatalogContentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CatalogContent'] = ResolversParentTypes['CatalogContent']> = {
  contentItems?: Resolver<Maybe<Array<ResolversTypes['Content']>>, ParentType, ContextType>;
  meta?: Resolver<ResolversTypes['CatalogMeta'], ParentType, ContextType>;
};

export type CatalogMetaResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CatalogMeta'] = ResolversParentTypes['CatalogMeta']> = {
  aggregations?: Resolver<Maybe<Array<ResolversTypes['Aggregation']>>, ParentType, ContextType>;
  contentTypeFilterEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contentTypes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  debug?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  displayAuthorsEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayBundle?: Resolver<Maybe<ResolversTypes['Bundle']>, ParentType, ContextType>;
  displayDescriptionOnCalendar?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayStartDateEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayTypeCalendarEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayTypeGridEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayTypeListEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isCurated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  queryCustomFields?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  resultsDisplayType?: Resolver<ResolversTypes['ContentItemDisplayType'], ParentType, ContextType>;
  selectedSort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  selectedSortColumn?: Resolver<ResolversTypes['SortColumn'], ParentType, ContextType>;
  selectedSortDirection?: Resolver<ResolversTypes['SortDirection'], ParentType, ContextType>;
  sortCourseStartDateEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sortCreatedAtEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sortPublishDateEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sortRelevanceEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sortTitleEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sortUpdatedAtEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tokenLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CatalogSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CatalogSettings'] = ResolversParentTypes['CatalogSettings']> = {
  boostRibbon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  categories?: Resolver<Maybe<Array<ResolversTypes['CatalogCategory']>>, ParentType, ContextType>;
  contentTypeFilterEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  defaultQuery?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultSort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayAuthorsEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  displayBundle?: Resolver<Maybe<Array<ResolversTypes['Bundle']>>, ParentType, ContextType>;
  displayBundleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  displayStartDateEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  displayTypeCalendarEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  displayTypeGridEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  displayTypeListEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hidePastEvents?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onlyDisplayAccessibleContent?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  resultsDisplayType?: Resolver<ResolversTypes['ContentItemDisplayType'], ParentType, ContextType>;
  sortCourseStartDateEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sortCreatedAtEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sortPublishDateEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sortRelevanceEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sortTitleEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sortUpdatedAtEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type CatalogSubcategoryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CatalogSubcategory'] = ResolversParentTypes['CatalogSubcategory']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
};

export type CentralLibraryItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CentralLibraryItem'] = ResolversParentTypes['CentralLibraryItem']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateTemplateCss?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateTemplateLabels?: Resolver<Array<ResolversTypes['CertificateTemplateLabel']>, ParentType, ContextType>;
  certificateTemplateSupplementalAssets?: Resolver<Array<ResolversTypes['URL']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  contentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageAltText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageCaption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageNewTab?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  imageTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isNew?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  locations?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  revisionOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['Tag']>>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CertificateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Certificate'] = ResolversParentTypes['Certificate']> = {
  certificateTemplate?: Resolver<Maybe<ResolversTypes['CertificateTemplate']>, ParentType, ContextType>;
  contentItem?: Resolver<Maybe<ResolversTypes['Content']>, ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  didExpire?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expirationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  externalResourceTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isExpired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isExternal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  pdfAsset?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  progressWasReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recertificationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['CertificateResource']>, ParentType, ContextType>;
  resourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  resourceType?: Resolver<Maybe<ResolversTypes['CertificateResourceType']>, ParentType, ContextType>;
  resourceTypeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['AbsoluteOrRelativeURL'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type CertificateFieldResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CertificateField'] = ResolversParentTypes['CertificateField']> = {
  awardType?: Resolver<Maybe<ResolversTypes['AwardType']>, ParentType, ContextType>;
  awardTypeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  customField?: Resolver<Maybe<ResolversTypes['CustomField']>, ParentType, ContextType>;
  customFieldSlug?: Resolver<Maybe<ResolversTypes['Slug']>, ParentType, ContextType>;
  dateFormat?: Resolver<Maybe<ResolversTypes['CertificateDateFormatType']>, ParentType, ContextType>;
  hasIdentifierPrefix?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifierBodyLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  identifierPrefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  includeOnExternalCertificate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  includeOnTranscript?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sessionCustomContentFieldSlug?: Resolver<Maybe<ResolversTypes['Slug']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CertificateFieldType'], ParentType, ContextType>;
  userCustomField?: Resolver<Maybe<ResolversTypes['UserCustomField']>, ParentType, ContextType>;
  userCustomFieldSlug?: Resolver<Maybe<ResolversTypes['Slug']>, ParentType, ContextType>;
};

export type CertificateResourceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CertificateResource'] = ResolversParentTypes['CertificateResource']> = {
  __resolveType: TypeResolveFn<'Course' | 'LearningPath', ParentType, ContextType>;
};

export type CertificateTemplateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CertificateTemplate'] = ResolversParentTypes['CertificateTemplate']> = {
  asset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  assetLibraryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  customCss?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expirationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expirationDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isExpired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  labels?: Resolver<Maybe<Array<Maybe<ResolversTypes['CertificateTemplateLabel']>>>, ParentType, ContextType>;
  recertificationAction?: Resolver<Maybe<ResolversTypes['CertificateTemplateRecertificationActionType']>, ParentType, ContextType>;
  recertificationActionText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recertificationActionUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  recertificationAfterDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recertificationAutoReset?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  recertificationInstructions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['CertificateTemplateResource'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['CertificateTemplateResourceType'], ParentType, ContextType>;
  supplementalAssets?: Resolver<Maybe<Array<ResolversTypes['URL']>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userCustomField?: Resolver<Maybe<ResolversTypes['UserCustomField']>, ParentType, ContextType>;
  userCustomFieldSlug?: Resolver<Maybe<ResolversTypes['Slug']>, ParentType, ContextType>;
  userCustomFieldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CertificateTemplateLabelResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CertificateTemplateLabel'] = ResolversParentTypes['CertificateTemplateLabel']> = {
  certificateField?: Resolver<Maybe<ResolversTypes['CertificateField']>, ParentType, ContextType>;
  certificateFieldId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fontColor?: Resolver<ResolversTypes['HexColor'], ParentType, ContextType>;
  fontSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  textAlign?: Resolver<ResolversTypes['TextAlignment'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CertificateTemplateResourceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CertificateTemplateResource'] = ResolversParentTypes['CertificateTemplateResource']> = {
  __resolveType: TypeResolveFn<'Course' | 'LearningPath', ParentType, ContextType>;
};

export type ChargeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Charge'] = ResolversParentTypes['Charge']> = {
  amountRefundedInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  currencySymbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerFirstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customerLastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['ChargeItem']>>, ParentType, ContextType>;
  journalEntries?: Resolver<Maybe<Array<ResolversTypes['ChargeJournalEntry']>>, ParentType, ContextType>;
  netInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  stripeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  systemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  totalInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalTaxInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ChargeItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ChargeItem'] = ResolversParentTypes['ChargeItem']> = {
  amountInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountRefundedInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  appliedDiscountName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appliedDiscountRateAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  appliedDiscountType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  couponCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currencySymbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discountInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  giftRecipientEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasRefund?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hidePrice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  initialPriceInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isRefundable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  netAmountInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  productTaxCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purchasableId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  purchasableType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refunded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refundedFully?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refundedPartially?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subscribableId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  subscribableType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  systemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  translatedVariationLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  variationLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChargeJournalEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ChargeJournalEntry'] = ResolversParentTypes['ChargeJournalEntry']> = {
  amountInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  currencySymbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  refundedItemId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stripeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  transactionType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClientResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client']> = {
  allocatedCredits?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  appearance?: Resolver<Maybe<ResolversTypes['AppearanceSettings']>, ParentType, ContextType>;
  autoFilterForSelectedLanguage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  catalog?: Resolver<Maybe<ResolversTypes['CatalogSettings']>, ParentType, ContextType>;
  clientAdminAllocatableLearningPaths?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  clientSubscriptionNeedsSetup?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  courseIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  courseTagIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  courseTags?: Resolver<Maybe<Array<ResolversTypes['Tag']>>, ParentType, ContextType>;
  courses?: Resolver<Maybe<Array<ResolversTypes['Course']>>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  currentBalance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currentUserManagerAllocatedLicenseTree?: Resolver<Maybe<Array<ResolversTypes['LicenseNode']>>, ParentType, ContextType>;
  customHost?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dashboardLayoutId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  defaultLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  emailLayout?: Resolver<Maybe<ResolversTypes['EmailLayoutSettings']>, ParentType, ContextType>;
  enableBranding?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enableCommunitiesSegmentation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableContentDetailPage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableCreditPurchasing?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableCustomEmailSettings?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableDiscussions?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableEcommerce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enableGlobalLinks?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enableLicenseDashboards?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableNavLinks?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enableOnboardingSurvey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enableRecommendationAssessment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableSegmentation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languageSelectorEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  languages?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  learningPathIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  learningPaths?: Resolver<Maybe<Array<ResolversTypes['LearningPath']>>, ParentType, ContextType>;
  licenseEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  licenseTree?: Resolver<Maybe<Array<ResolversTypes['LicenseNode']>>, ParentType, ContextType>;
  licenses?: Resolver<Maybe<Array<ResolversTypes['License']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notificationEmails?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  panorama?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pendingJobs?: Resolver<Maybe<Array<Maybe<ResolversTypes['BackgroundJob']>>>, ParentType, ContextType>;
  primaryLicense?: Resolver<Maybe<ResolversTypes['License']>, ParentType, ContextType>;
  purchasableContentIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  purchasableTags?: Resolver<Maybe<Array<ResolversTypes['Tag']>>, ParentType, ContextType>;
  redemptionLayoutId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  schoolName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seatsAllocatedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seatsLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seatsUsedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  secretKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  sso?: Resolver<Maybe<ResolversTypes['SSOSettings']>, ParentType, ContextType>;
  startingBalance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<ResolversTypes['Tag']>>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ClientSubscriptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ClientSubscription'] = ResolversParentTypes['ClientSubscription']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seatPackages?: Resolver<Maybe<Array<ResolversTypes['SeatPackage']>>, ParentType, ContextType>;
  seatTiers?: Resolver<Maybe<Array<ResolversTypes['SeatTier']>>, ParentType, ContextType>;
};

export type ClientSubscriptionInvoiceProrationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ClientSubscriptionInvoiceProration'] = ResolversParentTypes['ClientSubscriptionInvoiceProration']> = {
  lineItems?: Resolver<Maybe<Array<ResolversTypes['ClientSubscriptionInvoiceProrationLineItem']>>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  priceInCentsAtRenewal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priceInCentsDueNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prorationDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientSubscriptionInvoiceProrationLineItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ClientSubscriptionInvoiceProrationLineItem'] = ResolversParentTypes['ClientSubscriptionInvoiceProrationLineItem']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClientSubscriptionUpcomingInvoiceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ClientSubscriptionUpcomingInvoice'] = ResolversParentTypes['ClientSubscriptionUpcomingInvoice']> = {
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  priceInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subscriptionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subscriptionItemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ClientsListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ClientsList'] = ResolversParentTypes['ClientsList']> = {
  aggregations?: Resolver<Maybe<Array<ResolversTypes['Aggregation']>>, ParentType, ContextType>;
  clients?: Resolver<Maybe<Array<ResolversTypes['Client']>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type CloudConvertStatusDetailsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CloudConvertStatusDetails'] = ResolversParentTypes['CloudConvertStatusDetails']> = {
  convertedAssets?: Resolver<Maybe<Array<ResolversTypes['URL']>>, ParentType, ContextType>;
  processingStatus?: Resolver<Maybe<ResolversTypes['CloudConvertStatus']>, ParentType, ContextType>;
};

export type CloudflareCertificateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CloudflareCertificate'] = ResolversParentTypes['CloudflareCertificate']> = {
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hostname?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownershipStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownershipVerificationErrors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sslMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sslStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sslValidationErrors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  uploadedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CommentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  asset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  assetFileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  childComments?: Resolver<Maybe<ResolversTypes['CommentsList']>, ParentType, ContextType>;
  commentable?: Resolver<ResolversTypes['Commentable'], ParentType, ContextType>;
  commentableId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  commentableType?: Resolver<ResolversTypes['CommentableType'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  likesCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  notificationsEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parentComment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  userLikeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  videoAsset?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CommentableResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Commentable'] = ResolversParentTypes['Commentable']> = {
  __resolveType: TypeResolveFn<'Thread' | 'Topic', ParentType, ContextType>;
};

export type CommentsListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CommentsList'] = ResolversParentTypes['CommentsList']> = {
  comments?: Resolver<Maybe<Array<ResolversTypes['Comment']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  appearanceSettings?: Resolver<Maybe<ResolversTypes['AppearanceSettings']>, ParentType, ContextType>;
  catalogBlock?: Resolver<Maybe<ResolversTypes['Block']>, ParentType, ContextType>;
  catalogVisibilityEmails?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  copyrightName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  micrositeFooter?: Resolver<Maybe<ResolversTypes['MicrositeBlock']>, ParentType, ContextType>;
  micrositeHeader?: Resolver<Maybe<ResolversTypes['MicrositeBlock']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  rootLayout?: Resolver<Maybe<ResolversTypes['RootLayout']>, ParentType, ContextType>;
  schoolName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subdomain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CompanyDetailsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CompanyDetails'] = ResolversParentTypes['CompanyDetails']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  settings?: Resolver<Maybe<ResolversTypes['AppearanceSettings']>, ParentType, ContextType>;
  subdomain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CompanySecuritySettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CompanySecuritySettings'] = ResolversParentTypes['CompanySecuritySettings']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cspEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cspReportOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cspReportUri?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  cspSrcs?: Resolver<Maybe<Array<ResolversTypes['ContentSecurityPolicySrc']>>, ParentType, ContextType>;
  frameOptions?: Resolver<Maybe<ResolversTypes['FrameOption']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  password?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secondaryApiKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  securityVolumeRequestLimitDisabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CompetencyAssessmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CompetencyAssessment'] = ResolversParentTypes['CompetencyAssessment']> = {
  continueAfterTimerExpires?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  failMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGraded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minimumPassingPercentage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  questions?: Resolver<Maybe<Array<ResolversTypes['CompetencyAssessmentQuestion']>>, ParentType, ContextType>;
  resourceItems?: Resolver<Maybe<Array<ResolversTypes['CompetencyAssessmentResource']>>, ParentType, ContextType>;
  resources?: Resolver<Maybe<Array<ResolversTypes['Resource']>>, ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeLimitInSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CompetencyAssessmentListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CompetencyAssessmentList'] = ResolversParentTypes['CompetencyAssessmentList']> = {
  competencyAssessments?: Resolver<Maybe<Array<ResolversTypes['CompetencyAssessment']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CompetencyAssessmentQuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CompetencyAssessmentQuestion'] = ResolversParentTypes['CompetencyAssessmentQuestion']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  choices?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mustSelectAllCorrectChoices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CompetencyAssessmentQuestionType'], ParentType, ContextType>;
};

export type CompetencyAssessmentResourceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CompetencyAssessmentResource'] = ResolversParentTypes['CompetencyAssessmentResource']> = {
  __resolveType: TypeResolveFn<'Layout' | 'LearningPath', ParentType, ContextType>;
};

export type CompetencyAssessmentResponseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CompetencyAssessmentResponse'] = ResolversParentTypes['CompetencyAssessmentResponse']> = {
  answeredCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  competencyAssessment?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  correctAnswerCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incorrectAnswerCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  questions?: Resolver<Maybe<Array<ResolversTypes['CompetencyAssessmentResponseQuestion']>>, ParentType, ContextType>;
  resourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  timeElapsedInSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CompetencyAssessmentResponseQuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CompetencyAssessmentResponseQuestion'] = ResolversParentTypes['CompetencyAssessmentResponseQuestion']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  choices?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mustSelectAllCorrectChoices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CompetencyAssessmentQuestionType'], ParentType, ContextType>;
};

export type ContentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Content'] = ResolversParentTypes['Content']> = {
  acceptBadgeUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  altDescriptionBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  alternativePricingRef?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  alternativePricingType?: Resolver<Maybe<ResolversTypes['AlternativePricingType']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  authorsAndInstructors?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  availabilityStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  badgeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  badgeUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bulkPurchasingEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canAddToQueue?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  contentTypeAssetAspectRatio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTypeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  courseEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  courseGracePeriodEnded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  courseGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coursePresold?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  courseStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  credlyBadgeExpiresAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  currentUserDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  currentUserMayReschedule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currentUserUnmetCoursePrerequisites?: Resolver<Maybe<Array<Maybe<ResolversTypes['ID']>>>, ParentType, ContextType>;
  currentUserUnmetLearningPathPrerequisites?: Resolver<Maybe<Array<Maybe<ResolversTypes['ID']>>>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayCourse?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  displayCourseSlug?: Resolver<Maybe<ResolversTypes['Slug']>, ParentType, ContextType>;
  displayDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  embeddedEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enrollmentCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enrollmentEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrollmentStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  freeWithRegistration?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hasChildren?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hideCourseDescription?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ContentKind']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  meetingStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  metaDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metaTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publishDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ribbon?: Resolver<Maybe<ResolversTypes['Ribbon']>, ParentType, ContextType>;
  seatsLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sessionTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  suggestedRetailPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['Tag']>>>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  waitlistCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  waitlistingEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  waitlistingTriggered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ContentBodyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContentBody'] = ResolversParentTypes['ContentBody']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContentGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContentGroup'] = ResolversParentTypes['ContentGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContentGroupKind'], ParentType, ContextType>;
};

export type ContentItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContentItem'] = ResolversParentTypes['ContentItem']> = {
  asset?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  authors?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  bulkPurchasingEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canAddToQueue?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  contentTypeLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  courseGracePeriodEnded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  coursePresold?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  courseStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  currentUserUnmetCoursePrerequisites?: Resolver<Maybe<Array<Maybe<ResolversTypes['ID']>>>, ParentType, ContextType>;
  currentUserUnmetLearningPathPrerequisites?: Resolver<Maybe<Array<Maybe<ResolversTypes['ID']>>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayCourse?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  displayCourseSlug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  embeddedEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ContentKind']>, ParentType, ContextType>;
  publishDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContentListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContentList'] = ResolversParentTypes['ContentList']> = {
  contentItems?: Resolver<Maybe<Array<Maybe<ResolversTypes['Content']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['CursorPageInfo']>, ParentType, ContextType>;
};

export type ContentReportLinkResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContentReportLink'] = ResolversParentTypes['ContentReportLink']> = {
  children?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legacyRoute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContentSearchResultsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContentSearchResults'] = ResolversParentTypes['ContentSearchResults']> = {
  aggregations?: Resolver<Maybe<Array<Maybe<ResolversTypes['Aggregation']>>>, ParentType, ContextType>;
  contentItems?: Resolver<Maybe<Array<Maybe<ResolversTypes['Content']>>>, ParentType, ContextType>;
  displayBundle?: Resolver<Maybe<ResolversTypes['DisplayBundle']>, ParentType, ContextType>;
  isCurated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
  resultsDisplayType?: Resolver<Maybe<ResolversTypes['ContentItemDisplayType']>, ParentType, ContextType>;
  selectedSort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tokenLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContentSecurityPolicySrcResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContentSecurityPolicySrc'] = ResolversParentTypes['ContentSecurityPolicySrc']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContentSubscriptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContentSubscription'] = ResolversParentTypes['ContentSubscription']> = {
  amountInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  canceledAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currentPeriodEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  currentPeriodStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  humanPrice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  variation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContentTabsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContentTabs'] = ResolversParentTypes['ContentTabs']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tabs?: Resolver<Maybe<Array<ResolversTypes['Tab']>>, ParentType, ContextType>;
};

export type ContentTypeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ContentType'] = ResolversParentTypes['ContentType']> = {
  assetAspectRatio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  templateName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usageCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CouponResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Coupon'] = ResolversParentTypes['Coupon']> = {
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CourseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course']> = {
  accessDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  alternativePricingRef?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  alternativePricingType?: Resolver<Maybe<ResolversTypes['AlternativePricingType']>, ParentType, ContextType>;
  appearanceBlock?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  appearanceHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  askLearnerPassword?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  availabilityStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  awardClaimingOptions?: Resolver<Maybe<Array<ResolversTypes['CourseAwardClaimingOption']>>, ParentType, ContextType>;
  balanceRequirement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bulkPurchasingEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completionTimePerPage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  confirmationBlock?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  courseEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  courseGroup?: Resolver<Maybe<ResolversTypes['CourseGroup']>, ParentType, ContextType>;
  courseGroupTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  courseStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  currentUserHasAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  discussionsEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  displayMap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayResults?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  embeddedEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enrollmentActive?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enrollmentEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrollmentStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  finalAssessment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forceLinearProgress?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  freeWithRegistration?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  fulfillmentCenter?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  futurePublishDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  galleryEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  gracePeriodEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hasChildren?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasMultipleCurrencies?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inPersonEventInfo?: Resolver<Maybe<ResolversTypes['InPersonEventInfo']>, ParentType, ContextType>;
  instructorAccessEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  instructorAccessPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  instructorEmails?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isChild?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['CourseGroupKind']>, ParentType, ContextType>;
  lastTierPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  linkedWorkbookEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  linkedWorkbookSkipEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  meetings?: Resolver<Maybe<Array<ResolversTypes['Meeting']>>, ParentType, ContextType>;
  meetingsOverviewEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  parentCourseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  paywallsBlock?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  prerequisiteCourses?: Resolver<Maybe<Array<Maybe<ResolversTypes['Course']>>>, ParentType, ContextType>;
  prerequisiteLearningPaths?: Resolver<Maybe<Array<Maybe<ResolversTypes['LearningPath']>>>, ParentType, ContextType>;
  priceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  prices?: Resolver<Array<ResolversTypes['ItemPrice']>, ParentType, ContextType>;
  publishDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  purchasable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resourcesEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  roster?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  rosterSubmittedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sampleLesson?: Resolver<Maybe<ResolversTypes['Lesson']>, ParentType, ContextType>;
  sampleLessonId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scormCollectUserDetails?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  seatPackages?: Resolver<Maybe<Array<ResolversTypes['SeatPackage']>>, ParentType, ContextType>;
  seatTiers?: Resolver<Maybe<Array<ResolversTypes['SeatTier']>>, ParentType, ContextType>;
  seatsAllocatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seatsLimitMet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seatsUsedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sections?: Resolver<Maybe<Array<Maybe<ResolversTypes['Section']>>>, ParentType, ContextType>;
  sessionIsTitled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showProgress?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  showSyllabusWhileUnenrolled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  suggestedRetailPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  superquizEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  syllabusTitlesEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  taxCategory?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  taxable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  termsBlock?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topicGroup?: Resolver<Maybe<ResolversTypes['TopicGroup']>, ParentType, ContextType>;
  topicGroupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  waitlistActive?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  waitlistCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  waitlistingEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  waitlistingTriggered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  webinarDates?: Resolver<Maybe<Array<Maybe<ResolversTypes['DateRange']>>>, ParentType, ContextType>;
  webinarDetails?: Resolver<Maybe<ResolversTypes['WebinarBlock']>, ParentType, ContextType>;
  webinarId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webinarTimeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workbookEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CourseAwardClaimingOptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CourseAwardClaimingOption'] = ResolversParentTypes['CourseAwardClaimingOption']> = {
  awardAmounts?: Resolver<Maybe<Array<ResolversTypes['Float']>>, ParentType, ContextType>;
  awardType?: Resolver<ResolversTypes['AwardType'], ParentType, ContextType>;
  awardTypeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  range?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CourseCompletionCriteriaResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CourseCompletionCriteria'] = ResolversParentTypes['CourseCompletionCriteria']> = {
  articlePercentViewed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  articleTimeViewedInSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courseAssessmentPassed?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  courseAssignmentComplete?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  courseMeetingAttended?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  coursePercentViewed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  courseTopicViewed?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scormComplete?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  surveyGizmoComplete?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CourseCompletionCriteriaType'], ParentType, ContextType>;
  videoPercentViewed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  videoTopicId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  xApiComplete?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CourseCompletionCriteriaProgressResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CourseCompletionCriteriaProgress'] = ResolversParentTypes['CourseCompletionCriteriaProgress']> = {
  completed?: Resolver<Maybe<Array<Maybe<ResolversTypes['ID']>>>, ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<Maybe<Array<Maybe<ResolversTypes['ID']>>>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['CourseCompletionCriteriaType']>, ParentType, ContextType>;
};

export type CourseCompletionCriteriaTypeOptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CourseCompletionCriteriaTypeOption'] = ResolversParentTypes['CourseCompletionCriteriaTypeOption']> = {
  descriptionTemplate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fieldHint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fieldLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  multiple?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  optionLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CourseCompletionCriteriaType'], ParentType, ContextType>;
};

export type CourseEnrollmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CourseEnrollment'] = ResolversParentTypes['CourseEnrollment']> = {
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  courseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  enrolledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CourseEnrollmentPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CourseEnrollmentPage'] = ResolversParentTypes['CourseEnrollmentPage']> = {
  items?: Resolver<Array<ResolversTypes['CourseEnrollment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['OffsetPageInfo'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CourseGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CourseGroup'] = ResolversParentTypes['CourseGroup']> = {
  allowRescheduling?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  archived?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  availabilityStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentType?: Resolver<Maybe<ResolversTypes['ContentType']>, ParentType, ContextType>;
  courses?: Resolver<Maybe<Array<Maybe<ResolversTypes['Course']>>>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  currentUserMayReschedule?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detailAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayBundle?: Resolver<Maybe<ResolversTypes['DisplayBundle']>, ParentType, ContextType>;
  displayCourse?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  externalDetailUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalPurchaseUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasParentCourseGroup?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isbn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['CourseGroupKind']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  layout?: Resolver<Maybe<ResolversTypes['Layout']>, ParentType, ContextType>;
  metaDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metaTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownedByActiveScope?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratingsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  relatedCourseGroups?: Resolver<Maybe<Array<Maybe<ResolversTypes['CourseGroup']>>>, ParentType, ContextType>;
  relatedQuery?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relatedQueryLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  relatedQuerySignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relatedQuerySort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relatedShowDescription?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  relatedShowImageAsset?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  ribbon?: Resolver<Maybe<ResolversTypes['Slug']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tabs?: Resolver<Maybe<Array<Maybe<ResolversTypes['CourseTab']>>>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['Tag']>>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  videoAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CourseOrLearningPathResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CourseOrLearningPath'] = ResolversParentTypes['CourseOrLearningPath']> = {
  __resolveType: TypeResolveFn<'Course' | 'LearningPath', ParentType, ContextType>;
};

export type CourseTabResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CourseTab'] = ResolversParentTypes['CourseTab']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  instructors?: Resolver<Maybe<Array<Maybe<ResolversTypes['Instructor']>>>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  products?: Resolver<Maybe<Array<Maybe<ResolversTypes['Product']>>>, ParentType, ContextType>;
  sections?: Resolver<Maybe<Array<Maybe<ResolversTypes['Section']>>>, ParentType, ContextType>;
  tabType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  testimonials?: Resolver<Maybe<Array<Maybe<ResolversTypes['Testimonial']>>>, ParentType, ContextType>;
};

export type CreditAccountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CreditAccount'] = ResolversParentTypes['CreditAccount']> = {
  batchDaysUntilExpire?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  currentBalance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumBatchAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notifyEmails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CreditAccountStatus'], ParentType, ContextType>;
  sublicenses?: Resolver<Maybe<Array<Maybe<ResolversTypes['Sublicense']>>>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CreditAccountType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CreditAccountListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CreditAccountList'] = ResolversParentTypes['CreditAccountList']> = {
  creditAccounts?: Resolver<Maybe<Array<ResolversTypes['CreditAccount']>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['CursorPageInfo']>, ParentType, ContextType>;
};

export type CreditActionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CreditAction'] = ResolversParentTypes['CreditAction']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiator?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  initiatorType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sourceBalanceIn?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sourceBalanceOut?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sourceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetBalanceIn?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetBalanceOut?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CreditActionListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CreditActionList'] = ResolversParentTypes['CreditActionList']> = {
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  creditAccountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  creditActions?: Resolver<Maybe<Array<ResolversTypes['CreditAction']>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['CursorPageInfo']>, ParentType, ContextType>;
};

export type CreditBatchResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CreditBatch'] = ResolversParentTypes['CreditBatch']> = {
  allocatedCredits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  creditAccountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  currentBalance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startingBalance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CreditBatchStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CreditBatchListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CreditBatchList'] = ResolversParentTypes['CreditBatchList']> = {
  creditBatches?: Resolver<Maybe<Array<ResolversTypes['CreditBatch']>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['CursorPageInfo']>, ParentType, ContextType>;
  totalCredits?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CreditBatchListApiResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CreditBatchListAPI'] = ResolversParentTypes['CreditBatchListAPI']> = {
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  creditAccountId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  creditBatches?: Resolver<Maybe<Array<ResolversTypes['CreditBatch']>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['CursorPageInfo']>, ParentType, ContextType>;
};

export type CreditCardResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CreditCard'] = ResolversParentTypes['CreditCard']> = {
  address_city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address_country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address_line1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address_line1_check?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address_line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address_state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address_zip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address_zip_check?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  brand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ccType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cvc_check?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dynamic_last4?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exp_month?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exp_year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  funding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  last4?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentMethodId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CredlyBadgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CredlyBadge'] = ResolversParentTypes['CredlyBadge']> = {
  acceptBadgeUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  badgeTemplateUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  badgeUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  percentComplete?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['CredlyBadgeResource']>, ParentType, ContextType>;
  resourceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CredlyBadgeResourceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CredlyBadgeResource'] = ResolversParentTypes['CredlyBadgeResource']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CredlySettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CredlySettings'] = ResolversParentTypes['CredlySettings']> = {
  apiToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  badgeOptions?: Resolver<Array<ResolversTypes['CredlyBadge']>, ParentType, ContextType>;
  hideExpiredBadges?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CursorPageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CursorPageInfo'] = ResolversParentTypes['CursorPageInfo']> = {
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasMore?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  perPage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CustomFieldResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CustomField'] = ResolversParentTypes['CustomField']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includeLabelOnContent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  includeValueOnContent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indexed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  multiple?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  sort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CustomLanguageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CustomLanguage'] = ResolversParentTypes['CustomLanguage']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  defaultCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DateFormatResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DateFormat'] = ResolversParentTypes['DateFormat']> = {
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DateRangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DateRange'] = ResolversParentTypes['DateRange']> = {
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type DeactivateByEmailResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DeactivateByEmailResult'] = ResolversParentTypes['DeactivateByEmailResult']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['DeactivateOutcome'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DisplayBundleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DisplayBundle'] = ResolversParentTypes['DisplayBundle']> = {
  annualPlanId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  annualPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  priceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
};

export type DualRoleStatusResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DualRoleStatus'] = ResolversParentTypes['DualRoleStatus']> = {
  learnerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  managerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type EarnedBadgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EarnedBadge'] = ResolversParentTypes['EarnedBadge']> = {
  badge?: Resolver<Maybe<ResolversTypes['Badge']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<Array<Maybe<ResolversTypes['ID']>>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type EarnedBadgeBoardResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EarnedBadgeBoard'] = ResolversParentTypes['EarnedBadgeBoard']> = {
  earnedBadges?: Resolver<Maybe<Array<Maybe<ResolversTypes['EarnedBadge']>>>, ParentType, ContextType>;
  unearnedBadges?: Resolver<Maybe<Array<Maybe<ResolversTypes['Badge']>>>, ParentType, ContextType>;
};

export type EcommerceSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EcommerceSettings'] = ResolversParentTypes['EcommerceSettings']> = {
  blockedCountriesForNewsletterSignup?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  cookiePolicyText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cookiePopupEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countries?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disableAutomaticNonessentialCookies?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayNewsletterSignupAtRegistration?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  externalCookiePolicyUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  externalTermsUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  globalTerms?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  invoiceDueDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  needAddress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  newsletterSignupEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subscriptionExplicitOptIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EmailAuthorizationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmailAuthorization'] = ResolversParentTypes['EmailAuthorization']> = {
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EmailAuthorizationListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmailAuthorizationList'] = ResolversParentTypes['EmailAuthorizationList']> = {
  authorizations?: Resolver<Maybe<Array<ResolversTypes['EmailAuthorization']>>, ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailProvider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EmailLayoutSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmailLayoutSettings'] = ResolversParentTypes['EmailLayoutSettings']> = {
  bccAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailCaptureTerms?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  footer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  header?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmbedPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmbedPage'] = ResolversParentTypes['EmbedPage']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layoutId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['EmbedPageVariant']>, ParentType, ContextType>;
};

export type EmbedPageLaunchResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmbedPageLaunch'] = ResolversParentTypes['EmbedPageLaunch']> = {
  authToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  currentUser?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  embedPage?: Resolver<ResolversTypes['EmbedPage'], ParentType, ContextType>;
  layout?: Resolver<Maybe<ResolversTypes['Layout']>, ParentType, ContextType>;
  variantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type EmbedPageVariantResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmbedPageVariant'] = ResolversParentTypes['EmbedPageVariant']> = {
  conditionApplicability?: Resolver<ResolversTypes['EmbedPageVariantConditionApplicability'], ParentType, ContextType>;
  conditionSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['EmbedPageVariantCondition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layoutId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type EmbedPageVariantConditionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmbedPageVariantCondition'] = ResolversParentTypes['EmbedPageVariantCondition']> = {
  type?: Resolver<ResolversTypes['EmbedPageVariantConditionType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EmbedWidgetCourseStatusResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmbedWidgetCourseStatus'] = ResolversParentTypes['EmbedWidgetCourseStatus']> = {
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmbedWidgetLearningPathStatusResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmbedWidgetLearningPathStatus'] = ResolversParentTypes['EmbedWidgetLearningPathStatus']> = {
  learningPath?: Resolver<ResolversTypes['LearningPath'], ParentType, ContextType>;
  milestoneCompletePercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmbedWidgetSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmbedWidgetSettings'] = ResolversParentTypes['EmbedWidgetSettings']> = {
  featuredContentQuery?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  layoutSections?: Resolver<Array<Maybe<ResolversTypes['EmbedWidgetLayoutSection']>>, ParentType, ContextType>;
  translations?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type EnrollmentEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EnrollmentEvent'] = ResolversParentTypes['EnrollmentEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['EnrollmentChange'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  courseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  enrolledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['EventSource'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EventListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EventList'] = ResolversParentTypes['EventList']> = {
  events?: Resolver<Maybe<Array<ResolversTypes['JSON']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['CursorPageInfo'], ParentType, ContextType>;
};

export type EventUserResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EventUser'] = ResolversParentTypes['EventUser']> = {
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExpandableListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ExpandableList'] = ResolversParentTypes['ExpandableList']> = {
  expandableListItems?: Resolver<Array<ResolversTypes['ExpandableListItem']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExpandableListItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ExpandableListItem'] = ResolversParentTypes['ExpandableListItem']> = {
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dropdownIcon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalResourceIcon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topicId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type FeatureResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Feature'] = ResolversParentTypes['Feature']> = {
  alwaysEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  categories?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  codes?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pricing?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  shortDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FlipCardPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FlipCardPage'] = ResolversParentTypes['FlipCardPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  flipCards?: Resolver<Array<ResolversTypes['FlipCards']>, ParentType, ContextType>;
  gridLayout?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sidebarIsHidden?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FlipCardsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FlipCards'] = ResolversParentTypes['FlipCards']> = {
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  backgroundColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cardType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  frontText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ForumResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Forum'] = ResolversParentTypes['Forum']> = {
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isGeneral?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  threadsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type FoxyEcommerceAdditionalFieldResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommerceAdditionalField'] = ResolversParentTypes['FoxyEcommerceAdditionalField']> = {
  fieldId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FoxyEcommerceCountryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommerceCountry'] = ResolversParentTypes['FoxyEcommerceCountry']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FoxyEcommerceHostedPaymentGatewayResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommerceHostedPaymentGateway'] = ResolversParentTypes['FoxyEcommerceHostedPaymentGateway']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FoxyEcommerceHostedPaymentGatewayTypeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommerceHostedPaymentGatewayType'] = ResolversParentTypes['FoxyEcommerceHostedPaymentGatewayType']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FoxyEcommerceLanguageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommerceLanguage'] = ResolversParentTypes['FoxyEcommerceLanguage']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FoxyEcommerceLocaleCodeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommerceLocaleCode'] = ResolversParentTypes['FoxyEcommerceLocaleCode']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languageCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameWithoutCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FoxyEcommercePaymentGatewayResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommercePaymentGateway'] = ResolversParentTypes['FoxyEcommercePaymentGateway']> = {
  accountId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accountKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  additionalFields?: Resolver<Maybe<Array<ResolversTypes['FoxyEcommerceAdditionalField']>>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  testAccountId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  testAccountKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  testThirdPartyKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  thirdPartyKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FoxyEcommercePaymentGatewayAdditionalFieldConfigResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommercePaymentGatewayAdditionalFieldConfig'] = ResolversParentTypes['FoxyEcommercePaymentGatewayAdditionalFieldConfig']> = {
  live?: Resolver<Maybe<Array<ResolversTypes['FoxyEcommercePaymentGatewayFieldConfig']>>, ParentType, ContextType>;
  test?: Resolver<Maybe<Array<ResolversTypes['FoxyEcommercePaymentGatewayFieldConfig']>>, ParentType, ContextType>;
};

export type FoxyEcommercePaymentGatewayFieldConfigResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommercePaymentGatewayFieldConfig'] = ResolversParentTypes['FoxyEcommercePaymentGatewayFieldConfig']> = {
  fieldId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FoxyEcommercePaymentGatewayTypeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommercePaymentGatewayType'] = ResolversParentTypes['FoxyEcommercePaymentGatewayType']> = {
  accountIdDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accountKeyDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  additionalFieldConfig?: Resolver<Maybe<ResolversTypes['FoxyEcommercePaymentGatewayAdditionalFieldConfig']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thirdPartyKeyDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FoxyEcommercePaymentMethodSetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommercePaymentMethodSet'] = ResolversParentTypes['FoxyEcommercePaymentMethodSet']> = {
  hostedPaymentGateway?: Resolver<Maybe<ResolversTypes['FoxyEcommerceHostedPaymentGateway']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentGateway?: Resolver<Maybe<ResolversTypes['FoxyEcommercePaymentGateway']>, ParentType, ContextType>;
};

export type FoxyEcommercePaymentMethodSetListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommercePaymentMethodSetList'] = ResolversParentTypes['FoxyEcommercePaymentMethodSetList']> = {
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  paymentMethodSets?: Resolver<Array<ResolversTypes['FoxyEcommercePaymentMethodSet']>, ParentType, ContextType>;
  sortInfo?: Resolver<Maybe<ResolversTypes['SortInfo']>, ParentType, ContextType>;
};

export type FoxyEcommerceSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommerceSettings'] = ResolversParentTypes['FoxyEcommerceSettings']> = {
  enableMultipleCurrencies?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type FoxyEcommerceStoreResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommerceStore'] = ResolversParentTypes['FoxyEcommerceStore']> = {
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FoxyEcommerceStoreDefaultsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommerceStoreDefaults'] = ResolversParentTypes['FoxyEcommerceStoreDefaults']> = {
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  storeEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  storeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storeUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FoxyEcommerceTemplateSetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommerceTemplateSet'] = ResolversParentTypes['FoxyEcommerceTemplateSet']> = {
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  localeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentMethodSet?: Resolver<Maybe<ResolversTypes['FoxyEcommercePaymentMethodSet']>, ParentType, ContextType>;
};

export type FoxyEcommerceTransactionsListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FoxyEcommerceTransactionsList'] = ResolversParentTypes['FoxyEcommerceTransactionsList']> = {
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  transactions?: Resolver<Array<ResolversTypes['Charge']>, ParentType, ContextType>;
};

export type FulfillmentCenterResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FulfillmentCenter'] = ResolversParentTypes['FulfillmentCenter']> = {
  address1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zipCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GeneralPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GeneralPage'] = ResolversParentTypes['GeneralPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GlobalNavigationLinkResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GlobalNavigationLink'] = ResolversParentTypes['GlobalNavigationLink']> = {
  href?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HeliumDeploymentLogResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HeliumDeploymentLog'] = ResolversParentTypes['HeliumDeploymentLog']> = {
  events?: Resolver<Array<ResolversTypes['HeliumDeploymentLogEvent']>, ParentType, ContextType>;
  nextBackwardToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextForwardToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HeliumDeploymentLogEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HeliumDeploymentLogEvent'] = ResolversParentTypes['HeliumDeploymentLogEvent']> = {
  ingestionTime?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timestamp?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type HeliumLaunchDataResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HeliumLaunchData'] = ResolversParentTypes['HeliumLaunchData']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedUrl?: Resolver<ResolversTypes['AbsoluteOrRelativeURL'], ParentType, ContextType>;
};

export interface HexColorScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['HexColor'], any> {
  name: 'HexColor';
}

export type HighlightZoneResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HighlightZone'] = ResolversParentTypes['HighlightZone']> = {
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HighlightZonePageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['HighlightZonePage'] = ResolversParentTypes['HighlightZonePage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  highlightZones?: Resolver<Maybe<Array<Maybe<ResolversTypes['HighlightZone']>>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sidebarIsHidden?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImisSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IMISSettings'] = ResolversParentTypes['IMISSettings']> = {
  activityTypeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  apiEndpoint?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportedRedemptionCodeGroupCodesListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ImportedRedemptionCodeGroupCodesList'] = ResolversParentTypes['ImportedRedemptionCodeGroupCodesList']> = {
  invalidCodes?: Resolver<Maybe<Array<ResolversTypes['RedemptionCode']>>, ParentType, ContextType>;
  validCodes?: Resolver<Maybe<Array<ResolversTypes['RedemptionCode']>>, ParentType, ContextType>;
};

export type InPersonEventInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InPersonEventInfo'] = ResolversParentTypes['InPersonEventInfo']> = {
  heroAsset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngredientResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Ingredient'] = ResolversParentTypes['Ingredient']> = {
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngredientGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IngredientGroup'] = ResolversParentTypes['IngredientGroup']> = {
  ingredients?: Resolver<Array<ResolversTypes['Ingredient']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngredientStepResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['IngredientStep'] = ResolversParentTypes['IngredientStep']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InstructorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Instructor'] = ResolversParentTypes['Instructor']> = {
  asset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ItemPriceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ItemPrice'] = ResolversParentTypes['ItemPrice']> = {
  annualPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instructorAccessPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suggestedRetailPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  variations?: Resolver<Array<ResolversTypes['ItemPriceVariation']>, ParentType, ContextType>;
};

export type ItemPriceVariationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ItemPriceVariation'] = ResolversParentTypes['ItemPriceVariation']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KnowledgeCenterSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['KnowledgeCenterSettings'] = ResolversParentTypes['KnowledgeCenterSettings']> = {
  clientSku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LabAvailabilityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LabAvailability'] = ResolversParentTypes['LabAvailability']> = {
  msg?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LanguageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Language'] = ResolversParentTypes['Language']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  isCustom?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  selectorLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LayoutResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Layout'] = ResolversParentTypes['Layout']> = {
  hasEnrollmentWidget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['LayoutKind']>, ParentType, ContextType>;
  scripts?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  widgets?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LearnerDisplaySettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LearnerDisplaySettings'] = ResolversParentTypes['LearnerDisplaySettings']> = {
  discussionRulesHtml?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayInlineNotes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enableAddToQueue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enableContentArchiving?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  learnerNavOpenOnLoad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type LearningPathResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LearningPath'] = ResolversParentTypes['LearningPath']> = {
  accessDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  alternativePricingRef?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  alternativePricingType?: Resolver<Maybe<ResolversTypes['AlternativePricingType']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  authoringClient?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  authors?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  availabilityStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bulkPurchasingEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  confirmationHtml?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  currentUserDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  currentUserEarnedCertificate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currentUserPendingCertificate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currentUserStartActionDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  detailAsset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueDateDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrollmentEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrollmentStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  externalDetailUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  freeWithRegistration?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  fulfillmentCenter?: Resolver<Maybe<ResolversTypes['FulfillmentCenter']>, ParentType, ContextType>;
  futurePublishDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hasMultipleCurrencies?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  heroAsset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPayAsYouGo?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastTierPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  layout?: Resolver<Maybe<ResolversTypes['Layout']>, ParentType, ContextType>;
  layoutId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  learnerLayout?: Resolver<Maybe<ResolversTypes['Layout']>, ParentType, ContextType>;
  learnerLayoutId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  longDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metaDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metaTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  milestones?: Resolver<Maybe<Array<Maybe<ResolversTypes['Milestone']>>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prerequisiteCourses?: Resolver<Maybe<Array<Maybe<ResolversTypes['Course']>>>, ParentType, ContextType>;
  prerequisiteLearningPaths?: Resolver<Maybe<Array<Maybe<ResolversTypes['LearningPath']>>>, ParentType, ContextType>;
  priceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  prices?: Resolver<Array<ResolversTypes['ItemPrice']>, ParentType, ContextType>;
  publishDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  purchasable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relatedQuery?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relatedQuerySignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ribbon?: Resolver<Maybe<ResolversTypes['Ribbon']>, ParentType, ContextType>;
  seatPackages?: Resolver<Maybe<Array<ResolversTypes['SeatPackage']>>, ParentType, ContextType>;
  seatTiers?: Resolver<Maybe<Array<ResolversTypes['SeatTier']>>, ParentType, ContextType>;
  seatsLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shortDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  suggestedRetailPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tabs?: Resolver<Maybe<ResolversTypes['LearningPathTabs']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['Tag']>>>, ParentType, ContextType>;
  taxCategory?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  taxable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  videoAsset?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LearningPathActionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LearningPathAction'] = ResolversParentTypes['LearningPathAction']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  learningPath?: Resolver<ResolversTypes['LearningPath'], ParentType, ContextType>;
  milestone?: Resolver<Maybe<ResolversTypes['Milestone']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timestamp?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type LearningPathStatusUserAccessResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LearningPathStatusUserAccess'] = ResolversParentTypes['LearningPathStatusUserAccess']> = {
  canAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LearningPathTabResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LearningPathTab'] = ResolversParentTypes['LearningPathTab']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instructors?: Resolver<Maybe<Array<Maybe<ResolversTypes['Instructor']>>>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  products?: Resolver<Maybe<Array<Maybe<ResolversTypes['Product']>>>, ParentType, ContextType>;
  tabType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LearningPathTabsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LearningPathTabs'] = ResolversParentTypes['LearningPathTabs']> = {
  generated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tabs?: Resolver<Maybe<Array<ResolversTypes['LearningPathTab']>>, ParentType, ContextType>;
};

export type LessonResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Lesson'] = ResolversParentTypes['Lesson']> = {
  accessLevel?: Resolver<Maybe<ResolversTypes['AccessLevel']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  slugOrId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['PageResource']>, ParentType, ContextType>;
};

export type LicenseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['License'] = ResolversParentTypes['License']> = {
  accessDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  appearance?: Resolver<Maybe<ResolversTypes['AppearanceSettings']>, ParentType, ContextType>;
  childLicenses?: Resolver<Maybe<Array<ResolversTypes['License']>>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  courseIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  courseTagIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  courseTags?: Resolver<Maybe<Array<ResolversTypes['Tag']>>, ParentType, ContextType>;
  courses?: Resolver<Maybe<Array<ResolversTypes['Course']>>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dashboardLayoutId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  enableBranding?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  expirationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  learningPathIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  learningPaths?: Resolver<Maybe<Array<ResolversTypes['LearningPath']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentLicense?: Resolver<Maybe<ResolversTypes['License']>, ParentType, ContextType>;
  parentLicenseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ref1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref3?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref4?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref5?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref6?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref7?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref8?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref9?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref10?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schoolName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seatsLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LicenseNodeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LicenseNode'] = ResolversParentTypes['LicenseNode']> = {
  ancestorIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hierarchicalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentLicenseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type LicensesListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LicensesList'] = ResolversParentTypes['LicensesList']> = {
  aggregations?: Resolver<Maybe<Array<ResolversTypes['Aggregation']>>, ParentType, ContextType>;
  licenses?: Resolver<Maybe<Array<ResolversTypes['License']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LifecycleFieldChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LifecycleFieldChange'] = ResolversParentTypes['LifecycleFieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type LifecycleStepFailureResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LifecycleStepFailure'] = ResolversParentTypes['LifecycleStepFailure']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type LinkedWorkbookResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LinkedWorkbook'] = ResolversParentTypes['LinkedWorkbook']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hasSkippedTopics?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quizAttemptId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  skipToSummary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkedWorkbookStatus'], ParentType, ContextType>;
};

export type LinkedWorkbookCategoryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LinkedWorkbookCategory'] = ResolversParentTypes['LinkedWorkbookCategory']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LinkedWorkbookListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LinkedWorkbookList'] = ResolversParentTypes['LinkedWorkbookList']> = {
  linkedWorkbooks?: Resolver<Maybe<Array<ResolversTypes['LinkedWorkbook']>>, ParentType, ContextType>;
  meta?: Resolver<ResolversTypes['LinkedWorkbookMeta'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LinkedWorkbookMetaResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LinkedWorkbookMeta'] = ResolversParentTypes['LinkedWorkbookMeta']> = {
  alternateTitleDisplay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  availableContentQuery?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  classNames?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTypeFilterEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  customSettings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  defaultQuery?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultSort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultSortLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultSortOrder?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayTypeGridEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayTypeListEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  linkText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  numberOfItemsToDisplay?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resultsDisplayType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortCreatedAtEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sortRelevanceEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sortTitleEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ListRollPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ListRollPage'] = ResolversParentTypes['ListRollPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  expandableLists?: Resolver<Array<ResolversTypes['ExpandableList']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LocationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  address1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  address2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  room?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zipCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LocationsListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LocationsList'] = ResolversParentTypes['LocationsList']> = {
  locations?: Resolver<Maybe<Array<ResolversTypes['Location']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LookerEmbedResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LookerEmbed'] = ResolversParentTypes['LookerEmbed']> = {
  category?: Resolver<Maybe<ResolversTypes['LookerEmbedCategory']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  folderId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isFavorited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legacyHref?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legacyRoute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['LookerEmbedScope'], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  starred?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  subcategory?: Resolver<Maybe<ResolversTypes['LookerEmbedSubcategory']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LookerEmbedCategoryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LookerEmbedCategory'] = ResolversParentTypes['LookerEmbedCategory']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['LookerEmbedCategoryIcon']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LookerEmbedSubcategoryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LookerEmbedSubcategory'] = ResolversParentTypes['LookerEmbedSubcategory']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LookerExploreResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LookerExplore'] = ResolversParentTypes['LookerExplore']> = {
  category?: Resolver<ResolversTypes['LookerExploreCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LookerExploreCategoryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LookerExploreCategory'] = ResolversParentTypes['LookerExploreCategory']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LookerFolderResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LookerFolder'] = ResolversParentTypes['LookerFolder']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ManagerContentSearchResultsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ManagerContentSearchResults'] = ResolversParentTypes['ManagerContentSearchResults']> = {
  aggregations?: Resolver<Array<ResolversTypes['Aggregation']>, ParentType, ContextType>;
  contentItems?: Resolver<Array<ResolversTypes['CourseOrLearningPath']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MarkerResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Marker'] = ResolversParentTypes['Marker']> = {
  seconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchPairPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MatchPairPage'] = ResolversParentTypes['MatchPairPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchPairs?: Resolver<Array<ResolversTypes['MatchPairs']>, ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sidebarIsHidden?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MatchPairsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MatchPairs'] = ResolversParentTypes['MatchPairs']> = {
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  attendeeInfo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attendees?: Resolver<Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  courseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instructors?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  locationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MeetingPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MeetingPage'] = ResolversParentTypes['MeetingPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingAttendeeInfo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingSubtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preventProgression?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingsListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MeetingsList'] = ResolversParentTypes['MeetingsList']> = {
  aggregations?: Resolver<Maybe<Array<ResolversTypes['Aggregation']>>, ParentType, ContextType>;
  meetings?: Resolver<Maybe<Array<ResolversTypes['Meeting']>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type MicrositeBlockResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MicrositeBlock'] = ResolversParentTypes['MicrositeBlock']> = {
  html?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<Maybe<Array<ResolversTypes['MicrositeBlockLink']>>, ParentType, ContextType>;
};

export type MicrositeBlockLinkResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MicrositeBlockLink'] = ResolversParentTypes['MicrositeBlockLink']> = {
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  href?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  completionCriteria?: Resolver<Maybe<Array<ResolversTypes['MilestoneCompletionCriteria']>>, ParentType, ContextType>;
  completionCriteriaDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentItems?: Resolver<Maybe<Array<ResolversTypes['Content']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MilestoneKind'], ParentType, ContextType>;
  learningPath?: Resolver<ResolversTypes['LearningPath'], ParentType, ContextType>;
  milestoneCompetencyAssessment?: Resolver<Maybe<ResolversTypes['MilestoneCompetencyAssessment']>, ParentType, ContextType>;
  milestoneCourses?: Resolver<Maybe<Array<ResolversTypes['MilestoneCourse']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  releaseDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['MilestoneRequirement'], ParentType, ContextType>;
};

export type MilestoneCompetencyAssessmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MilestoneCompetencyAssessment'] = ResolversParentTypes['MilestoneCompetencyAssessment']> = {
  allowRetakes?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buttonText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  competencyAssessment?: Resolver<Maybe<ResolversTypes['CompetencyAssessment']>, ParentType, ContextType>;
  competencyAssessmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  displayType?: Resolver<ResolversTypes['MilestoneCompetencyAssessmentDisplayType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  largeAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passingScoreRequired?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  requirement?: Resolver<Maybe<ResolversTypes['MilestoneRequirement']>, ParentType, ContextType>;
  smallAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MilestoneCompetencyAssessmentType'], ParentType, ContextType>;
};

export type MilestoneCompletionCriteriaResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MilestoneCompletionCriteria'] = ResolversParentTypes['MilestoneCompletionCriteria']> = {
  awardType?: Resolver<Maybe<ResolversTypes['AwardType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MilestoneCompletionCriteriaType'], ParentType, ContextType>;
};

export type MilestoneCourseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MilestoneCourse'] = ResolversParentTypes['MilestoneCourse']> = {
  altDescriptionBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentGrouping?: Resolver<ResolversTypes['MilestoneContentGrouping'], ParentType, ContextType>;
  contentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  contentTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hideCourseDescription?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['MilestoneRequirement'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  AddResourceToQueue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationAddResourceToQueueArgs, 'resourceId'>>;
  ArchiveUserCourse?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationArchiveUserCourseArgs, 'id'>>;
  ArchiveUserLearningPath?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationArchiveUserLearningPathArgs, 'id'>>;
  CreateAssessmentAttempt?: Resolver<ResolversTypes['AssessmentAttempt'], ParentType, ContextType, RequireFields<MutationCreateAssessmentAttemptArgs, 'courseId' | 'questions' | 'topicId'>>;
  CreateAssignmentSubmission?: Resolver<ResolversTypes['AssignmentSubmission'], ParentType, ContextType, RequireFields<MutationCreateAssignmentSubmissionArgs, 'course'>>;
  CreateBookmark?: Resolver<ResolversTypes['Bookmark'], ParentType, ContextType, RequireFields<MutationCreateBookmarkArgs, 'bookmark'>>;
  CreateBookmarkFolder?: Resolver<ResolversTypes['BookmarkFolder'], ParentType, ContextType, RequireFields<MutationCreateBookmarkFolderArgs, 'name'>>;
  CreateCertificateFromUpload?: Resolver<ResolversTypes['Certificate'], ParentType, ContextType, RequireFields<MutationCreateCertificateFromUploadArgs, 'asset'>>;
  CreateComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationCreateCommentArgs, 'commentableId' | 'commentableType' | 'notificationsEnabled'>>;
  CreateCommentLike?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationCreateCommentLikeArgs, 'commentId' | 'commentableId' | 'commentableType'>>;
  CreateInPersonEvent?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationCreateInPersonEventArgs, 'endDate' | 'meetings' | 'startDate' | 'title'>>;
  CreateLearner?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateLearnerArgs, 'email' | 'firstName' | 'lastName'>>;
  CreateLearners?: Resolver<Array<Maybe<ResolversTypes['User']>>, ParentType, ContextType, RequireFields<MutationCreateLearnersArgs, 'learners'>>;
  CreateLearningPath?: Resolver<ResolversTypes['LearningPath'], ParentType, ContextType, RequireFields<MutationCreateLearningPathArgs, 'milestones' | 'name'>>;
  CreateThread?: Resolver<Maybe<ResolversTypes['Thread']>, ParentType, ContextType, RequireFields<MutationCreateThreadArgs, 'forumId' | 'notificationsEnabled' | 'title'>>;
  CreateUnansweredAssessmentAttempt?: Resolver<ResolversTypes['AssessmentAttempt'], ParentType, ContextType, RequireFields<MutationCreateUnansweredAssessmentAttemptArgs, 'completedAssessmentAttemptId' | 'courseId' | 'topicId'>>;
  CurrentUserResetCourseProgress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationCurrentUserResetCourseProgressArgs, 'revokeAccess' | 'slug'>>;
  DestroyBookmark?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationDestroyBookmarkArgs, 'id'>>;
  DestroyBookmarkFolder?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDestroyBookmarkFolderArgs, 'id'>>;
  DestroyComment?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationDestroyCommentArgs, 'id'>>;
  DestroyThread?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationDestroyThreadArgs, 'id'>>;
  Login?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  Logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  MergeAssessmentAttemptIntoComplete?: Resolver<ResolversTypes['AssessmentAttempt'], ParentType, ContextType, RequireFields<MutationMergeAssessmentAttemptIntoCompleteArgs, 'assessmentAttemptId' | 'completedAssessmentAttemptId'>>;
  OrderBookmarkFolders?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType, Partial<MutationOrderBookmarkFoldersArgs>>;
  RedeemRegistrationAndRedemptionCodes?: Resolver<ResolversTypes['RedeemedRegistrationRedemptionResult'], ParentType, ContextType, RequireFields<MutationRedeemRegistrationAndRedemptionCodesArgs, 'validatedRedemptionCodes'>>;
  ReinstateUserCourse?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationReinstateUserCourseArgs, 'id'>>;
  ReinstateUserLearningPath?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationReinstateUserLearningPathArgs, 'id'>>;
  RemoveCommentLike?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveCommentLikeArgs, 'commentId' | 'likeId'>>;
  SelectCurrentUserActiveLicense?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSelectCurrentUserActiveLicenseArgs, 'licenseId'>>;
  SubmitTestimonial?: Resolver<ResolversTypes['Testimonial'], ParentType, ContextType, RequireFields<MutationSubmitTestimonialArgs, 'courseGroupId' | 'testimonial'>>;
  UnenrollFromWaitlist?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnenrollFromWaitlistArgs, 'id'>>;
  UpdateAssessmentAttempt?: Resolver<ResolversTypes['AssessmentAttempt'], ParentType, ContextType, Partial<MutationUpdateAssessmentAttemptArgs>>;
  UpdateBookmark?: Resolver<ResolversTypes['Bookmark'], ParentType, ContextType, RequireFields<MutationUpdateBookmarkArgs, 'bookmarkFolder' | 'id'>>;
  UpdateBookmarkFolder?: Resolver<ResolversTypes['BookmarkFolder'], ParentType, ContextType, RequireFields<MutationUpdateBookmarkFolderArgs, 'id' | 'name'>>;
  UpdateComment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType, RequireFields<MutationUpdateCommentArgs, 'id'>>;
  UpdateLearningPathAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpdateLearningPathAccessArgs, 'slug' | 'status'>>;
  UpdateThread?: Resolver<Maybe<ResolversTypes['Thread']>, ParentType, ContextType, RequireFields<MutationUpdateThreadArgs, 'body' | 'id' | 'title'>>;
  UpdateTopicAndCourseProgress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpdateTopicAndCourseProgressArgs, 'progress' | 'topicId'>>;
  UpdateUserCourseMeetingAttendance?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpdateUserCourseMeetingAttendanceArgs, 'attended' | 'meetingId' | 'userId'>>;
  ValidateRedemptionCode?: Resolver<ResolversTypes['ValidateRedemptionCodeResult'], ParentType, ContextType, RequireFields<MutationValidateRedemptionCodeArgs, 'code'>>;
  ValidateRegistrationCode?: Resolver<ResolversTypes['ValidateRegistrationCodeResult'], ParentType, ContextType, RequireFields<MutationValidateRegistrationCodeArgs, 'code'>>;
  addUserToGroup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationAddUserToGroupArgs, 'groupId' | 'userId'>>;
  createUser?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deactivateByEmail?: Resolver<ResolversTypes['DeactivateByEmailResult'], ParentType, ContextType, RequireFields<MutationDeactivateByEmailArgs, 'delete' | 'email'>>;
  deactivateUser?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationDeactivateUserArgs, 'id'>>;
  deleteUser?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteUserArgs, 'confirm' | 'id'>>;
  enrollUser?: Resolver<ResolversTypes['CourseEnrollment'], ParentType, ContextType, RequireFields<MutationEnrollUserArgs, 'courseId' | 'userId'>>;
  provisionLearner?: Resolver<ResolversTypes['ProvisionLearnerResult'], ParentType, ContextType, RequireFields<MutationProvisionLearnerArgs, 'input'>>;
  reactivateUser?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationReactivateUserArgs, 'id'>>;
  syncProfile?: Resolver<ResolversTypes['SyncProfileResult'], ParentType, ContextType, RequireFields<MutationSyncProfileArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
};

export type NoteResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Note'] = ResolversParentTypes['Note']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cleanTextSelection?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lesson?: Resolver<Maybe<ResolversTypes['Lesson']>, ParentType, ContextType>;
  lessonTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  textPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  textSelection?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
  topicTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type NotebookPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NotebookPage'] = ResolversParentTypes['NotebookPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OffsetPageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OffsetPageInfo'] = ResolversParentTypes['OffsetPageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perPage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalPages?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type OnboardingSurveyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OnboardingSurvey'] = ResolversParentTypes['OnboardingSurvey']> = {
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  questions?: Resolver<Maybe<Array<Maybe<ResolversTypes['OnboardingSurveyQuestion']>>>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type OnboardingSurveyQuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OnboardingSurveyQuestion'] = ResolversParentTypes['OnboardingSurveyQuestion']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  choices?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openEndedResponse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  required?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['OnboardingSurveyQuestionType']>, ParentType, ContextType>;
};

export type OnboardingSurveyQuestionChoiceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OnboardingSurveyQuestionChoice'] = ResolversParentTypes['OnboardingSurveyQuestionChoice']> = {
  selected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OnboardingSurveyResponseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OnboardingSurveyResponse'] = ResolversParentTypes['OnboardingSurveyResponse']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  questions?: Resolver<Maybe<Array<Maybe<ResolversTypes['OnboardingSurveyQuestion']>>>, ParentType, ContextType>;
};

export type OnboardingSurveyResponseQuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OnboardingSurveyResponseQuestion'] = ResolversParentTypes['OnboardingSurveyResponseQuestion']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  choices?: Resolver<Maybe<Array<Maybe<ResolversTypes['OnboardingSurveyQuestionChoice']>>>, ParentType, ContextType>;
  openEndedResponse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['OnboardingSurveyQuestionType']>, ParentType, ContextType>;
};

export type OnboardingSurveyResponsesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OnboardingSurveyResponses'] = ResolversParentTypes['OnboardingSurveyResponses']> = {
  questions?: Resolver<Maybe<Array<Maybe<ResolversTypes['OnboardingSurveyResponseQuestion']>>>, ParentType, ContextType>;
};

export type OrderResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PdfViewerPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PDFViewerPage'] = ResolversParentTypes['PDFViewerPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  fileDownloadDisabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  printDisabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  searchDisabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Page'] = ResolversParentTypes['Page']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layoutId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loginRestriction?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metaDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metaTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prerequisiteCourses?: Resolver<Maybe<Array<Maybe<ResolversTypes['Course']>>>, ParentType, ContextType>;
  prerequisiteLearningPaths?: Resolver<Maybe<Array<Maybe<ResolversTypes['LearningPath']>>>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageEntityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageEntity'] = ResolversParentTypes['PageEntity']> = {
  __resolveType: TypeResolveFn<'ArticlePage' | 'AssignmentPage' | 'AudioPage' | 'FlipCardPage' | 'GeneralPage' | 'HighlightZonePage' | 'ListRollPage' | 'MatchPairPage' | 'MeetingPage' | 'NotebookPage' | 'PDFViewerPage' | 'PresentationPage' | 'QuizPage' | 'RecipePage' | 'ScormPage' | 'SlideshowPage' | 'SurveyPage' | 'TallyPage' | 'TestPage' | 'TextPage' | 'VideoPage' | 'WorkbookPage', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  currentPage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hasMore?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  perPage?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PageResourceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageResource'] = ResolversParentTypes['PageResource']> = {
  __resolveType: TypeResolveFn<'ArticlePage' | 'AssignmentPage' | 'AudioPage' | 'FlipCardPage' | 'GeneralPage' | 'HighlightZonePage' | 'ListRollPage' | 'MatchPairPage' | 'MeetingPage' | 'NotebookPage' | 'PDFViewerPage' | 'PresentationPage' | 'QuizPage' | 'RecipePage' | 'ScormPage' | 'SlideshowPage' | 'SurveyPage' | 'TallyPage' | 'TestPage' | 'TextPage' | 'VideoPage' | 'WorkbookPage', ParentType, ContextType>;
};

export type PaymentIntentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PaymentIntent'] = ResolversParentTypes['PaymentIntent']> = {
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  paymentIntentClientSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requiresAction?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signedOrder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type PresentationPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PresentationPage'] = ResolversParentTypes['PresentationPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lesson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  showSidebar?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  slides?: Resolver<Array<ResolversTypes['Slides']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  alternativePricingRef?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  alternativePricingType?: Resolver<Maybe<ResolversTypes['AlternativePricingType']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  longDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  purchasable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  relatedProducts?: Resolver<Maybe<Array<Maybe<ResolversTypes['Product']>>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  suggestedRetailPriceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProvisionLearnerResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProvisionLearnerResult'] = ResolversParentTypes['ProvisionLearnerResult']> = {
  alreadyEnrolled?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  alreadyInGroups?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrolled?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['LifecycleStepFailure']>, ParentType, ContextType>;
  fieldsChanged?: Resolver<Array<ResolversTypes['LifecycleFieldChange']>, ParentType, ContextType>;
  groupsAdded?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ProvisionOutcome'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PurchasedBundleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PurchasedBundle'] = ResolversParentTypes['PurchasedBundle']> = {
  bundle?: Resolver<Maybe<ResolversTypes['Bundle']>, ParentType, ContextType>;
  bundleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PurchasedCourseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PurchasedCourse'] = ResolversParentTypes['PurchasedCourse']> = {
  certificate?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  certificateIssuedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  courseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instructorAccessPurchased?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  BadgeLeaderboard?: Resolver<ResolversTypes['BadgeLeaderboard'], ParentType, ContextType, Partial<QueryBadgeLeaderboardArgs>>;
  CatalogContent?: Resolver<ResolversTypes['CatalogContent'], ParentType, ContextType, RequireFields<QueryCatalogContentArgs, 'page'>>;
  Comments?: Resolver<Maybe<ResolversTypes['CommentsList']>, ParentType, ContextType, RequireFields<QueryCommentsArgs, 'commentableId' | 'commentableType'>>;
  CompanyDetails?: Resolver<Maybe<ResolversTypes['CompanyDetails']>, ParentType, ContextType, Partial<QueryCompanyDetailsArgs>>;
  CompanyTranslations?: Resolver<Array<ResolversTypes['TranslationsList']>, ParentType, ContextType, RequireFields<QueryCompanyTranslationsArgs, 'namespace'>>;
  CourseById?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<QueryCourseByIdArgs, 'id'>>;
  CourseGroupBySlug?: Resolver<Maybe<ResolversTypes['CourseGroup']>, ParentType, ContextType, RequireFields<QueryCourseGroupBySlugArgs, 'slug'>>;
  CourseGroupTestimonials?: Resolver<Array<ResolversTypes['Testimonial']>, ParentType, ContextType, RequireFields<QueryCourseGroupTestimonialsArgs, 'id'>>;
  CurrentUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  CurrentUserLearningPathMilestoneCompletionsBySlug?: Resolver<Maybe<Array<Maybe<ResolversTypes['LearningPathAction']>>>, ParentType, ContextType, RequireFields<QueryCurrentUserLearningPathMilestoneCompletionsBySlugArgs, 'slug'>>;
  Forums?: Resolver<Maybe<Array<ResolversTypes['Forum']>>, ParentType, ContextType, RequireFields<QueryForumsArgs, 'courseId'>>;
  HeliumBatch?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryHeliumBatchArgs, 'key' | 'nickname'>>;
  HeliumDeploymentStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryHeliumDeploymentStatusArgs, 'jobId'>>;
  HeliumLaunchData?: Resolver<Maybe<ResolversTypes['HeliumLaunchData']>, ParentType, ContextType, RequireFields<QueryHeliumLaunchDataArgs, 'nickname'>>;
  Languages?: Resolver<Array<ResolversTypes['Language']>, ParentType, ContextType>;
  LearningPathBySlug?: Resolver<Maybe<ResolversTypes['LearningPath']>, ParentType, ContextType, RequireFields<QueryLearningPathBySlugArgs, 'slug'>>;
  LearningPathCurrentUserAwardTotals?: Resolver<Maybe<Array<Maybe<ResolversTypes['AwardTotal']>>>, ParentType, ContextType, RequireFields<QueryLearningPathCurrentUserAwardTotalsArgs, 'slug'>>;
  LoadAssessmentAttemptWithQuestions?: Resolver<ResolversTypes['AssessmentAttempt'], ParentType, ContextType, RequireFields<QueryLoadAssessmentAttemptWithQuestionsArgs, 'id' | 'topicType'>>;
  LoadAssessmentAttempts?: Resolver<Maybe<ResolversTypes['AssessmentAttemptList']>, ParentType, ContextType, Partial<QueryLoadAssessmentAttemptsArgs>>;
  LoadAssessmentAttemptsByTopicOrCourse?: Resolver<Array<ResolversTypes['AssessmentAttempt']>, ParentType, ContextType, Partial<QueryLoadAssessmentAttemptsByTopicOrCourseArgs>>;
  LoadSuperQuizInfo?: Resolver<ResolversTypes['SuperQuiz'], ParentType, ContextType, RequireFields<QueryLoadSuperQuizInfoArgs, 'quizzes'>>;
  Milestone?: Resolver<Maybe<ResolversTypes['Milestone']>, ParentType, ContextType, RequireFields<QueryMilestoneArgs, 'id'>>;
  Pages?: Resolver<Array<Maybe<ResolversTypes['PageResource']>>, ParentType, ContextType, RequireFields<QueryPagesArgs, 'identifiers'>>;
  PagesCompletedByCourse?: Resolver<Array<ResolversTypes['PageResource']>, ParentType, ContextType, RequireFields<QueryPagesCompletedByCourseArgs, 'courseId'>>;
  QueryContents?: Resolver<Array<ResolversTypes['Content']>, ParentType, ContextType, RequireFields<QueryQueryContentsArgs, 'ids'>>;
  RelatedProducts?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryRelatedProductsArgs, 'courseIds' | 'productIds'>>;
  RssItems?: Resolver<Array<ResolversTypes['RssItem']>, ParentType, ContextType, RequireFields<QueryRssItemsArgs, 'feedUrl'>>;
  RusticiLaunchScorm?: Resolver<ResolversTypes['RusticiCourseLaunchResponse'], ParentType, ContextType, RequireFields<QueryRusticiLaunchScormArgs, 'isPreview' | 'topicOrCourseId'>>;
  SearchThreads?: Resolver<ResolversTypes['ThreadsList'], ParentType, ContextType, RequireFields<QuerySearchThreadsArgs, 'page' | 'perPage' | 'sort' | 'widgetForumId'>>;
  TermsAndConditions?: Resolver<ResolversTypes['TermsAndConditions'], ParentType, ContextType>;
  ThreadById?: Resolver<Maybe<ResolversTypes['Thread']>, ParentType, ContextType, RequireFields<QueryThreadByIdArgs, 'id'>>;
  Threads?: Resolver<Maybe<ResolversTypes['ThreadsList']>, ParentType, ContextType, RequireFields<QueryThreadsArgs, 'forumId'>>;
  UserArchivedContent?: Resolver<Array<ResolversTypes['Content']>, ParentType, ContextType>;
  UserArchives?: Resolver<Maybe<Array<ResolversTypes['ArchivedContent']>>, ParentType, ContextType>;
  UserBookmarks?: Resolver<Maybe<Array<ResolversTypes['BookmarkFolder']>>, ParentType, ContextType>;
  UserBookmarksByFolder?: Resolver<Maybe<Array<ResolversTypes['Bookmark']>>, ParentType, ContextType, RequireFields<QueryUserBookmarksByFolderArgs, 'id'>>;
  UserCertificateFields?: Resolver<Maybe<Array<ResolversTypes['CertificateField']>>, ParentType, ContextType>;
  UserCertificates?: Resolver<Maybe<Array<Maybe<ResolversTypes['Certificate']>>>, ParentType, ContextType, Partial<QueryUserCertificatesArgs>>;
  UserContentGroups?: Resolver<Maybe<Array<ResolversTypes['ContentGroup']>>, ParentType, ContextType, Partial<QueryUserContentGroupsArgs>>;
  UserContentItems?: Resolver<Maybe<Array<ResolversTypes['Content']>>, ParentType, ContextType, Partial<QueryUserContentItemsArgs>>;
  UserCourseAwardCounts?: Resolver<Array<ResolversTypes['UserAwardCount']>, ParentType, ContextType, RequireFields<QueryUserCourseAwardCountsArgs, 'courseId'>>;
  UserCourseCollaborations?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<QueryUserCourseCollaborationsArgs, 'courseId'>>;
  UserCourseCompletionProgress?: Resolver<Maybe<Array<ResolversTypes['CourseCompletionCriteriaProgress']>>, ParentType, ContextType, RequireFields<QueryUserCourseCompletionProgressArgs, 'id'>>;
  UserCourseProgress?: Resolver<Maybe<ResolversTypes['UserProgress']>, ParentType, ContextType, RequireFields<QueryUserCourseProgressArgs, 'id'>>;
  UserEarnedBadgeBoard?: Resolver<ResolversTypes['EarnedBadgeBoard'], ParentType, ContextType>;
  UserRecentContent?: Resolver<Array<ResolversTypes['Content']>, ParentType, ContextType, Partial<QueryUserRecentContentArgs>>;
  UserWaitlist?: Resolver<Maybe<Array<ResolversTypes['Content']>>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['UserAccount']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  userByEmail?: Resolver<Maybe<ResolversTypes['UserAccount']>, ParentType, ContextType, RequireFields<QueryUserByEmailArgs, 'email'>>;
  userEnrollments?: Resolver<ResolversTypes['CourseEnrollmentPage'], ParentType, ContextType, RequireFields<QueryUserEnrollmentsArgs, 'page' | 'perPage' | 'userId'>>;
  users?: Resolver<ResolversTypes['UserAccountPage'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'page' | 'perPage'>>;
};

export type QuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question']> = {
  addAndDeleteRowsEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  additionalContent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  choices?: Resolver<Maybe<Array<ResolversTypes['QuestionChoice']>>, ParentType, ContextType>;
  copyAnswerFromAssessmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  copyAnswerFromQuestion?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
  copyAnswerFromQuestionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  displayOption?: Resolver<Maybe<ResolversTypes['QuestionDisplayOption']>, ParentType, ContextType>;
  fileSubmissionAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gradedAsCorrect?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mustSelectAllCorrectChoices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openEndedResponse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parentQuestion?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  placeholder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postText2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postTextDisplayOption?: Resolver<Maybe<ResolversTypes['QuestionDisplayOption']>, ParentType, ContextType>;
  postTextDisplayOption2?: Resolver<Maybe<ResolversTypes['QuestionDisplayOption']>, ParentType, ContextType>;
  preText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preText2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextDisplayOption?: Resolver<Maybe<ResolversTypes['QuestionDisplayOption']>, ParentType, ContextType>;
  preTextDisplayOption2?: Resolver<Maybe<ResolversTypes['QuestionDisplayOption']>, ParentType, ContextType>;
  preselectedChoices?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  questionCategory?: Resolver<Maybe<ResolversTypes['QuestionCategory']>, ParentType, ContextType>;
  questionCategoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  questionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  response?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selectedChoice?: Resolver<Maybe<ResolversTypes['QuestionChoice']>, ParentType, ContextType>;
  table?: Resolver<Maybe<ResolversTypes['QuestionTable']>, ParentType, ContextType>;
  tableResponse?: Resolver<Maybe<ResolversTypes['QuestionTable']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QuestionCategoryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QuestionCategory'] = ResolversParentTypes['QuestionCategory']> = {
  defaultCategory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  questions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type QuestionChoiceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QuestionChoice'] = ResolversParentTypes['QuestionChoice']> = {
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  choiceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  response?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QuestionPoolResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QuestionPool'] = ResolversParentTypes['QuestionPool']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<Maybe<Array<ResolversTypes['Question']>>, ParentType, ContextType>;
  subsetSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type QuestionTableResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QuestionTable'] = ResolversParentTypes['QuestionTable']> = {
  headers?: Resolver<Maybe<Array<ResolversTypes['QuestionTableCell']>>, ParentType, ContextType>;
  rows?: Resolver<Maybe<Array<Maybe<Array<ResolversTypes['QuestionTableCell']>>>>, ParentType, ContextType>;
};

export type QuestionTableCellResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QuestionTableCell'] = ResolversParentTypes['QuestionTableCell']> = {
  locked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QuizPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QuizPage'] = ResolversParentTypes['QuizPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  allowToResume?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  continueAfterTimerExpires?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  displayAllHints?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  displayAttemptNumbers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  failMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hintControlEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  instructorAssessment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isGraded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAttempts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minPassingPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  navigationDisabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  passMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preventProgression?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  questionSkipEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['QuizQuestion']>, ParentType, ContextType>;
  showAnswerAfterPass?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  startMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeLimitInSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timePerQuestionInSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timerEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuizQuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QuizQuestion'] = ResolversParentTypes['QuizQuestion']> = {
  addAndDeleteRowsEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  additionalContent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  choices?: Resolver<Maybe<Array<ResolversTypes['QuestionChoice']>>, ParentType, ContextType>;
  copyAnswerFromAssessmentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  copyAnswerFromQuestionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayOption?: Resolver<Maybe<ResolversTypes['QuestionDisplayOption']>, ParentType, ContextType>;
  fileSubmissionAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gradedAsCorrect?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hasChoices?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isBooleanChoice?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isBooleanChoiceOrMultipleChoice?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isEssay?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isFileSubmission?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isImageComparison?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isLikert?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isMultipleChoice?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isOpenEnded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isOpenEndedOrEssay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSelectBoxes?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isTable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  mustSelectAllCorrectChoices?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  openEndedResponse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parentQuestion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placeholder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postText2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postTextDisplayOption?: Resolver<Maybe<ResolversTypes['QuestionDisplayOption']>, ParentType, ContextType>;
  postTextDisplayOption2?: Resolver<Maybe<ResolversTypes['QuestionDisplayOption']>, ParentType, ContextType>;
  preText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preText2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextDisplayOption?: Resolver<Maybe<ResolversTypes['QuestionDisplayOption']>, ParentType, ContextType>;
  preTextDisplayOption2?: Resolver<Maybe<ResolversTypes['QuestionDisplayOption']>, ParentType, ContextType>;
  preselectedChoices?: Resolver<Maybe<Array<ResolversTypes['QuestionChoice']>>, ParentType, ContextType>;
  questionCategoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  questionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  questionType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  response?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scormInteractionType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selectedChoice?: Resolver<Maybe<ResolversTypes['QuestionChoice']>, ParentType, ContextType>;
  selectedChoiceOrNoChoiceAvailable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  shouldCheckAnswers?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  shouldDisplayOnResults?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  table?: Resolver<Maybe<ResolversTypes['QuestionTable']>, ParentType, ContextType>;
  tableResponse?: Resolver<Maybe<ResolversTypes['QuestionTable']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RecipePageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RecipePage'] = ResolversParentTypes['RecipePage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ingredientGroups?: Resolver<Array<ResolversTypes['IngredientGroup']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nutrition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pairing?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pairingIcon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['IngredientStep']>, ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  yield?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecommendationAssessmentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RecommendationAssessment'] = ResolversParentTypes['RecommendationAssessment']> = {
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  questions?: Resolver<Maybe<Array<Maybe<ResolversTypes['RecommendationAssessmentQuestion']>>>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type RecommendationAssessmentQuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RecommendationAssessmentQuestion'] = ResolversParentTypes['RecommendationAssessmentQuestion']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  choices?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RecommendationAssessmentQuestionType'], ParentType, ContextType>;
};

export type RecommendationAssessmentResponseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RecommendationAssessmentResponse'] = ResolversParentTypes['RecommendationAssessmentResponse']> = {
  assessmentResponseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  questions?: Resolver<Maybe<Array<ResolversTypes['RecommendationAssessmentResponseQuestion']>>, ParentType, ContextType>;
  recommendationAssessment?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type RecommendationAssessmentResponseQuestionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RecommendationAssessmentResponseQuestion'] = ResolversParentTypes['RecommendationAssessmentResponseQuestion']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  choices?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RecommendationAssessmentQuestionType'], ParentType, ContextType>;
};

export type RedeemedRegistrationRedemptionResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RedeemedRegistrationRedemptionResult'] = ResolversParentTypes['RedeemedRegistrationRedemptionResult']> = {
  redeemed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RedemptionCodeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RedemptionCode'] = ResolversParentTypes['RedemptionCode']> = {
  errors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  redemptionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RedemptionCodeGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RedemptionCodeGroup'] = ResolversParentTypes['RedemptionCodeGroup']> = {
  accessDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  accessExpirationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  bundles?: Resolver<Maybe<Array<ResolversTypes['Bundle']>>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  codeLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  courses?: Resolver<Maybe<Array<ResolversTypes['Course']>>, ParentType, ContextType>;
  expirationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  gift?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  learningPaths?: Resolver<Maybe<Array<ResolversTypes['LearningPath']>>, ParentType, ContextType>;
  licenses?: Resolver<Maybe<Array<ResolversTypes['License']>>, ParentType, ContextType>;
  redeemedCodesCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCodesCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uploaded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type RedemptionCodeGroupListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RedemptionCodeGroupList'] = ResolversParentTypes['RedemptionCodeGroupList']> = {
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  redemptionCodeGroups?: Resolver<Maybe<Array<ResolversTypes['RedemptionCodeGroup']>>, ParentType, ContextType>;
};

export type RefundChargeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RefundCharge'] = ResolversParentTypes['RefundCharge']> = {
  charge?: Resolver<Maybe<ResolversTypes['UserPurchase']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type RegistrationCodeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RegistrationCode'] = ResolversParentTypes['RegistrationCode']> = {
  accessDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  accessExpirationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  bundles?: Resolver<Maybe<Array<ResolversTypes['Bundle']>>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courses?: Resolver<Maybe<Array<ResolversTypes['Course']>>, ParentType, ContextType>;
  expirationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  learningPaths?: Resolver<Maybe<Array<ResolversTypes['LearningPath']>>, ParentType, ContextType>;
  licenses?: Resolver<Maybe<Array<ResolversTypes['License']>>, ParentType, ContextType>;
  maxRedemptions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timesRedeemed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RegistrationCodeListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RegistrationCodeList'] = ResolversParentTypes['RegistrationCodeList']> = {
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  registrationCodes?: Resolver<Maybe<Array<ResolversTypes['RegistrationCode']>>, ParentType, ContextType>;
};

export interface RelativeUrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['RelativeURL'], any> {
  name: 'RelativeURL';
}

export type ResourceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RibbonResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Ribbon'] = ResolversParentTypes['Ribbon']> = {
  color?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contrastColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  darkerColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  activeUserCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hasAccessToAllCourses?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasManagerInterfaceAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passwordLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passwordNumbers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passwordSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passwordSymbols?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passwordUppercases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  permissions?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  resetPasswordCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resetPasswordUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeoutCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeoutUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RootLayoutResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RootLayout'] = ResolversParentTypes['RootLayout']> = {
  favicon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  footerScripts?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  headerScripts?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RssItemResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RssItem'] = ResolversParentTypes['RssItem']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageAltTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RusticiCourseLaunchResponseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RusticiCourseLaunchResponse'] = ResolversParentTypes['RusticiCourseLaunchResponse']> = {
  courseTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullscreenEmbed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isRusticiCourse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registrationCheckerEndpoint?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  registrationCheckerJWT?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registrationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['AbsoluteOrRelativeURL'], ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RusticiImportJobStatusResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RusticiImportJobStatus'] = ResolversParentTypes['RusticiImportJobStatus']> = {
  entryPoint?: Resolver<Maybe<ResolversTypes['RelativeURL']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RusticiLaunchResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RusticiLaunch'] = ResolversParentTypes['RusticiLaunch']> = {
  completionStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exitTime?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  historyLog?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastRuntimeUpdate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  launchTime?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  successStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalSecondsTracked?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RusticiRegistrationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RusticiRegistration'] = ResolversParentTypes['RusticiRegistration']> = {
  activityAttempts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activityCompletionStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  activitySuccessStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  courseVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  firstAccessDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastAccessDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalSecondsTracked?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RusticiRegistrationListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RusticiRegistrationList'] = ResolversParentTypes['RusticiRegistrationList']> = {
  pageInfo?: Resolver<ResolversTypes['CursorPageInfo'], ParentType, ContextType>;
  registrations?: Resolver<Maybe<Array<ResolversTypes['RusticiRegistration']>>, ParentType, ContextType>;
};

export type SsoAttributeMappingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SSOAttributeMapping'] = ResolversParentTypes['SSOAttributeMapping']> = {
  keyAttribute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  keyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SsoSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SSOSettings'] = ResolversParentTypes['SSOSettings']> = {
  bundle?: Resolver<Maybe<ResolversTypes['Bundle']>, ParentType, ContextType>;
  bundleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  casAttributeMappings?: Resolver<Maybe<Array<Maybe<ResolversTypes['SSOAttributeMapping']>>>, ParentType, ContextType>;
  casServerUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  externalEcommerceUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  externalLoginUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  externalLogoutUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  externalProfileUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  externalRegisterUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  hasOpenIdClientSecret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openIdAttributeMappings?: Resolver<Maybe<Array<Maybe<ResolversTypes['SSOAttributeMapping']>>>, ParentType, ContextType>;
  openIdAuthorizationParameters?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  openIdAuthorizationUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  openIdClientId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openIdClientSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openIdEndSessionUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  openIdIssuer?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  openIdSigningAlgorithm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openIdTokenUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  openIdUserInfoUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  openIdWellKnownUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  samlAllowUnencryptedAssertions?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  samlAttributeMappings?: Resolver<Maybe<Array<Maybe<ResolversTypes['SSOAttributeMapping']>>>, ParentType, ContextType>;
  samlForceReAuth?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  samlIdpCertificate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  samlSignRequests?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  samlSingleLogoutUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  samlSingleSignonUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
};

export type SalesforceAgreementResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SalesforceAgreement'] = ResolversParentTypes['SalesforceAgreement']> = {
  displaySeatLimits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  panoramasContracted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tier1Volume?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  usageType?: Resolver<Maybe<ResolversTypes['SalesforceAgreementUsageType']>, ParentType, ContextType>;
};

export type SalesforceConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SalesforceConnection'] = ResolversParentTypes['SalesforceConnection']> = {
  accountMatching?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  domainBlacklist?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fallbackAccountId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identityURL?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  instanceURL?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latestVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  packageVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  packageVersions?: Resolver<Maybe<Array<ResolversTypes['SalesforcePackageVersion']>>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  syncTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tokenType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SalesforceContactResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SalesforceContact'] = ResolversParentTypes['SalesforceContact']> = {
  accountId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SalesforceInstanceSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SalesforceInstanceSettings'] = ResolversParentTypes['SalesforceInstanceSettings']> = {
  instanceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SalesforceInstanceStatus'], ParentType, ContextType>;
};

export type SalesforcePackageVersionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SalesforcePackageVersion'] = ResolversParentTypes['SalesforcePackageVersion']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  syncEligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SalesforceProvisionResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SalesforceProvisionResult'] = ResolversParentTypes['SalesforceProvisionResult']> = {
  newUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ScormAttemptResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ScormAttempt'] = ResolversParentTypes['ScormAttempt']> = {
  completionStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  interactions?: Resolver<Maybe<Array<ResolversTypes['ScormInteraction']>>, ParentType, ContextType>;
  maxScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rawScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ScormInteractionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ScormInteraction'] = ResolversParentTypes['ScormInteraction']> = {
  questionDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  studentResponse?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScormLaunchDetailResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ScormLaunchDetail'] = ResolversParentTypes['ScormLaunchDetail']> = {
  courseDirectory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  courseId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  studentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ScormPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ScormPage'] = ResolversParentTypes['ScormPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  centralLibraryItemId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  directoryEntryPoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  embeddedEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enabledRevertProgress?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  fullscreenEmbed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isCentralLibraryItem?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preventProgression?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  resetSessionAfterComplete?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  scoTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  useProxy?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeatPackageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SeatPackage'] = ResolversParentTypes['SeatPackage']> = {
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SeatTierResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SeatTier'] = ResolversParentTypes['SeatTier']> = {
  priceInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lessons?: Resolver<Maybe<Array<Maybe<ResolversTypes['Lesson']>>>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ShippingMethodResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ShippingMethod'] = ResolversParentTypes['ShippingMethod']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priceInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ShippingRateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ShippingRate'] = ResolversParentTypes['ShippingRate']> = {
  company?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderPriceInCentsLimitLower?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderPriceInCentsLimitUpper?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderWeightLimitLower?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderWeightLimitUpper?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priceInCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ShippingRateListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ShippingRateList'] = ResolversParentTypes['ShippingRateList']> = {
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  shippingRates?: Resolver<Maybe<Array<ResolversTypes['ShippingRate']>>, ParentType, ContextType>;
};

export type SlidesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Slides'] = ResolversParentTypes['Slides']> = {
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  audioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unrestrictedHeight?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SlideshowPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SlideshowPage'] = ResolversParentTypes['SlideshowPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  showSidebar?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  slides?: Resolver<Array<ResolversTypes['Slides']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface SlugScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Slug'], any> {
  name: 'Slug';
}

export type SnippetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Snippet'] = ResolversParentTypes['Snippet']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SortInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SortInfo'] = ResolversParentTypes['SortInfo']> = {
  columnId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['SortDirection'], ParentType, ContextType>;
};

export type StripeAccountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StripeAccount'] = ResolversParentTypes['StripeAccount']> = {
  chargeEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['StripeAccountMode'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transferEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SublicenseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Sublicense'] = ResolversParentTypes['Sublicense']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  courseCompleted?: SubscriptionResolver<ResolversTypes['EnrollmentEvent'], "courseCompleted", ParentType, ContextType, Partial<SubscriptionCourseCompletedArgs>>;
  enrollmentChanged?: SubscriptionResolver<ResolversTypes['EnrollmentEvent'], "enrollmentChanged", ParentType, ContextType, Partial<SubscriptionEnrollmentChangedArgs>>;
  userEvents?: SubscriptionResolver<ResolversTypes['UserEvent'], "userEvents", ParentType, ContextType, Partial<SubscriptionUserEventsArgs>>;
};

export type SuperQuizResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SuperQuiz'] = ResolversParentTypes['SuperQuiz']> = {
  displayAllHints?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  navigationDisabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  questionSkipEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  questions?: Resolver<Maybe<Array<ResolversTypes['QuizQuestion']>>, ParentType, ContextType>;
  quizzes?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  timePerQuestionInSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timerEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  totalTimeInSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SurveyPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SurveyPage'] = ResolversParentTypes['SurveyPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  instructorAssessment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isGraded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  preventProgression?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['QuizQuestion']>, ParentType, ContextType>;
  resultsMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SyncProfileResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SyncProfileResult'] = ResolversParentTypes['SyncProfileResult']> = {
  changes?: Resolver<Array<ResolversTypes['LifecycleFieldChange']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['SyncProfileOutcome'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TabResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Tab'] = ResolversParentTypes['Tab']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  instructors?: Resolver<Maybe<Array<ResolversTypes['Instructor']>>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  products?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  tabType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TagResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isFolder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type TallyPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TallyPage'] = ResolversParentTypes['TallyPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  audioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  displayAllHints?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  instructorAssessment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  questionSkipEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['QuizQuestion']>, ParentType, ContextType>;
  resultsMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scoreTiers?: Resolver<Array<ResolversTypes['TallyPageScoreTier']>, ParentType, ContextType>;
  startMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  unrestrictedHeight?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TallyPageScoreTierResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TallyPageScoreTier'] = ResolversParentTypes['TallyPageScoreTier']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lowerBound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upperBound?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaxCategoryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TaxCategory'] = ResolversParentTypes['TaxCategory']> = {
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TermsAndConditionsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TermsAndConditions'] = ResolversParentTypes['TermsAndConditions']> = {
  globalTerms?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TestPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TestPage'] = ResolversParentTypes['TestPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  allowToResume?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  continueAfterTimerExpires?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  failMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hideQuestionResults?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  instructorAssessment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isGraded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAttempts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minPassingPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preventProgression?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  questionSkipEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['QuizQuestion']>, ParentType, ContextType>;
  randomizeChoices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subsetSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timeLimitInSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timePerQuestionInSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TestimonialResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Testimonial'] = ResolversParentTypes['Testimonial']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type TextPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TextPage'] = ResolversParentTypes['TextPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sidebarIsHidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sidebarItems?: Resolver<Array<ResolversTypes['TextPageSidebar']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TextPageSidebarResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TextPageSidebar'] = ResolversParentTypes['TextPageSidebar']> = {
  adDimensions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adTargeting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  altText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caption?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  videoAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ThreadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Thread'] = ResolversParentTypes['Thread']> = {
  asset?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  assetFileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bookmark?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  commentsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  forum?: Resolver<ResolversTypes['Forum'], ParentType, ContextType>;
  forumId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  notificationsEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  videoAsset?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThreadsListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ThreadsList'] = ResolversParentTypes['ThreadsList']> = {
  discussionRules?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  threads?: Resolver<Maybe<Array<ResolversTypes['Thread']>>, ParentType, ContextType>;
};

export type TopicResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  failMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  originalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  passMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  questionSkipEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  quizQuestions?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  resultsMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TopicGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TopicGroup'] = ResolversParentTypes['TopicGroup']> = {
  categories?: Resolver<Array<ResolversTypes['TopicGroupCategory']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TopicGroupCategoryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TopicGroupCategory'] = ResolversParentTypes['TopicGroupCategory']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subcategories?: Resolver<Array<ResolversTypes['TopicGroupSubcategory']>, ParentType, ContextType>;
};

export type TopicGroupFileResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TopicGroupFile'] = ResolversParentTypes['TopicGroupFile']> = {
  asset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isCentralLibraryItem?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TopicGroupSubcategoryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TopicGroupSubcategory'] = ResolversParentTypes['TopicGroupSubcategory']> = {
  files?: Resolver<Array<ResolversTypes['TopicGroupFile']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['TopicGroupTopic']>, ParentType, ContextType>;
};

export type TopicGroupTopicResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TopicGroupTopic'] = ResolversParentTypes['TopicGroupTopic']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
};

export type TopicSearchAutocompleteResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TopicSearchAutocompleteResult'] = ResolversParentTypes['TopicSearchAutocompleteResult']> = {
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TopicSearchAutocompleteResultCategoryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TopicSearchAutocompleteResultCategory'] = ResolversParentTypes['TopicSearchAutocompleteResultCategory']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestions?: Resolver<Maybe<Array<ResolversTypes['TopicSearchAutocompleteResult']>>, ParentType, ContextType>;
};

export type TopicSearchResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TopicSearchResult'] = ResolversParentTypes['TopicSearchResult']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lessonTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectionTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
};

export type TopicSearchResultListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TopicSearchResultList'] = ResolversParentTypes['TopicSearchResultList']> = {
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
  results?: Resolver<Maybe<Array<ResolversTypes['TopicSearchResult']>>, ParentType, ContextType>;
};

export type TranscriptResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Transcript'] = ResolversParentTypes['Transcript']> = {
  headers?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  rows?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  totals?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type TranslationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Translation'] = ResolversParentTypes['Translation']> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  lang?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  translations?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type TranslationsListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TranslationsList'] = ResolversParentTypes['TranslationsList']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lang?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  translations?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export interface UuidScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['UUID'], any> {
  name: 'UUID';
}

export type UserResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  abbreviatedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessedFlows?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  account?: Resolver<Maybe<ResolversTypes['UserAccount']>, ParentType, ContextType>;
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  activeLicense?: Resolver<Maybe<ResolversTypes['License']>, ParentType, ContextType>;
  address1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adminClients?: Resolver<Maybe<Array<Maybe<ResolversTypes['Client']>>>, ParentType, ContextType>;
  allocatedLearningPaths?: Resolver<Maybe<Array<ResolversTypes['AllocatedLearningPath']>>, ParentType, ContextType>;
  allocatedLicenses?: Resolver<Maybe<Array<ResolversTypes['AllocatedLicense']>>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attendedMeetings?: Resolver<Maybe<Array<ResolversTypes['UserAttendedMeeting']>>, ParentType, ContextType, Partial<UserAttendedMeetingsArgs>>;
  availableCoursesCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  balance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificatesCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  collaborationsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedCoursesCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enrollments?: Resolver<Maybe<Array<ResolversTypes['CourseEnrollment']>>, ParentType, ContextType>;
  externalCustomerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lang?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastActiveAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastInitial?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  learnerUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  managerUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  mustVerifyEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purchasedBundles?: Resolver<Maybe<Array<ResolversTypes['PurchasedBundle']>>, ParentType, ContextType>;
  purchasedCourses?: Resolver<Maybe<Array<ResolversTypes['PurchasedCourse']>>, ParentType, ContextType>;
  recommendedSlugs?: Resolver<Maybe<Array<ResolversTypes['UserRecommendedSlug']>>, ParentType, ContextType>;
  recommendedTags?: Resolver<Maybe<Array<ResolversTypes['UserRecommendedTag']>>, ParentType, ContextType>;
  ref1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref3?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref4?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref5?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref6?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref7?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref8?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref9?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ref10?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sfAccountId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sfContactId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  shippingName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shouldHighlight?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startedCoursesCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stripeCustomerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  telephone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  twoFactorEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  waitlistedCourses?: Resolver<Maybe<Array<ResolversTypes['WaitlistedCourse']>>, ParentType, ContextType>;
  zipCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserAccountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserAccount'] = ResolversParentTypes['UserAccount']> = {
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customFields?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrollments?: Resolver<Maybe<Array<ResolversTypes['CourseEnrollment']>>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ssoId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserAccountPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserAccountPage'] = ResolversParentTypes['UserAccountPage']> = {
  items?: Resolver<Array<ResolversTypes['UserAccount']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['OffsetPageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserAttendedMeetingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserAttendedMeeting'] = ResolversParentTypes['UserAttendedMeeting']> = {
  attendanceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserAwardCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserAwardCount'] = ResolversParentTypes['UserAwardCount']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['AwardTypeIcon']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserCustomFieldResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserCustomField'] = ResolversParentTypes['UserCustomField']> = {
  choices?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['Slug'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['UserCustomFieldType'], ParentType, ContextType>;
};

export type UserEmbedWidgetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserEmbedWidget'] = ResolversParentTypes['UserEmbedWidget']> = {
  config?: Resolver<ResolversTypes['EmbedWidgetSettings'], ParentType, ContextType>;
  courseStatus?: Resolver<Array<Maybe<ResolversTypes['EmbedWidgetCourseStatus']>>, ParentType, ContextType>;
  earnedBadges?: Resolver<Array<Maybe<ResolversTypes['EarnedBadge']>>, ParentType, ContextType>;
  featuredContent?: Resolver<Array<Maybe<ResolversTypes['Content']>>, ParentType, ContextType>;
  learningPathStatus?: Resolver<Array<Maybe<ResolversTypes['EmbedWidgetLearningPathStatus']>>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserEvent'] = ResolversParentTypes['UserEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['EventSource'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['UserEventType'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['EventUser'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserProgressResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserProgress'] = ResolversParentTypes['UserProgress']> = {
  percentComplete?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalTime?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalViews?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type UserPurchaseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserPurchase'] = ResolversParentTypes['UserPurchase']> = {
  amountInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  amountRefundedInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  archived?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redemptionCodeGroupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  refunded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refunds?: Resolver<Maybe<Array<ResolversTypes['UserPurchaseRefund']>>, ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transactionTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transactionType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserPurchaseRefundResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserPurchaseRefund'] = ResolversParentTypes['UserPurchaseRefund']> = {
  amountInCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  transactionTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserRecommendedSlugResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRecommendedSlug'] = ResolversParentTypes['UserRecommendedSlug']> = {
  boost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserRecommendedTagResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRecommendedTag'] = ResolversParentTypes['UserRecommendedTag']> = {
  boost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserRefResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRef'] = ResolversParentTypes['UserRef']> = {
  ref?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UsersListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UsersList'] = ResolversParentTypes['UsersList']> = {
  aggregations?: Resolver<Maybe<Array<ResolversTypes['Aggregation']>>, ParentType, ContextType>;
  debug?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
  users?: Resolver<Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
};

export type ValidateRedemptionCodeResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ValidateRedemptionCodeResult'] = ResolversParentTypes['ValidateRedemptionCodeResult']> = {
  alreadyRedeemed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  codeExpired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ValidateRegistrationCodeResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ValidateRegistrationCodeResult'] = ResolversParentTypes['ValidateRegistrationCodeResult']> = {
  alreadyRedeemed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type VideoPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['VideoPage'] = ResolversParentTypes['VideoPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  markers?: Resolver<Array<ResolversTypes['Marker']>, ParentType, ContextType>;
  postAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  posterImageAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preTextBlock?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sidebarIsHidden?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WaitlistResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Waitlist'] = ResolversParentTypes['Waitlist']> = {
  company?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  emailSent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  waitlistStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WaitlistedCourseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WaitlistedCourse'] = ResolversParentTypes['WaitlistedCourse']> = {
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  courseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WebexLabResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WebexLab'] = ResolversParentTypes['WebexLab']> = {
  labID?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalComputers?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebexWebinarConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WebexWebinarConnection'] = ResolversParentTypes['WebexWebinarConnection']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webexDomain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webexEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webexLogin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webexSiteName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebinarBlockResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WebinarBlock'] = ResolversParentTypes['WebinarBlock']> = {
  attendeeDialIn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coOrganizers?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  enableAutoRecording?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizerDialIn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  originalWebinarDates?: Resolver<Maybe<Array<ResolversTypes['WebinarDate']>>, ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  retrieveRecording?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webexDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webexLabName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webexNumComputers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  webexReserveHOL?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  webexSessionPassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webinarDates?: Resolver<Maybe<Array<ResolversTypes['WebinarDate']>>, ParentType, ContextType>;
  webinarProvider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webinarType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WebinarDateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WebinarDate'] = ResolversParentTypes['WebinarDate']> = {
  endTime?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  goToTrainingKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goToWebinarKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  webexTrainingSessionKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zoomOccurrenceKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WebinarRecordingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WebinarRecording'] = ResolversParentTypes['WebinarRecording']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  playUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordingStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordingType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WorkatoAuthSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WorkatoAuthSettings'] = ResolversParentTypes['WorkatoAuthSettings']> = {
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WorkatoCompanySettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WorkatoCompanySettings'] = ResolversParentTypes['WorkatoCompanySettings']> = {
  proxyApiToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proxyUrlBase?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
};

export type WorkatoCustomerAccountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WorkatoCustomerAccount'] = ResolversParentTypes['WorkatoCustomerAccount']> = {
  authSettings?: Resolver<Maybe<ResolversTypes['WorkatoAuthSettings']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  frameAncestors?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notificationEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  whitelistedApps?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type WorkbookPageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WorkbookPage'] = ResolversParentTypes['WorkbookPage']> = {
  accessibilityAudioAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accessibilityAudioAssetUrl?: Resolver<Maybe<ResolversTypes['AbsoluteOrRelativeURL']>, ParentType, ContextType>;
  catalogAsset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completionTimeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contentDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentEstimate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  editableByChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indentationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  instructorAssessment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lessonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  preventProgression?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['QuizQuestion']>, ParentType, ContextType>;
  resultsMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TopicType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ZendeskContentResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ZendeskContent'] = ResolversParentTypes['ZendeskContent']> = {
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percentComplete?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  APICacheLogsList?: ApiCacheLogsListResolvers<ContextType>;
  APILicenseList?: ApiLicenseListResolvers<ContextType>;
  AbsoluteOrRelativeURL?: GraphQLScalarType;
  AccessExpiration?: AccessExpirationResolvers<ContextType>;
  AccessExpirationResource?: AccessExpirationResourceResolvers<ContextType>;
  AccessExpirationsList?: AccessExpirationsListResolvers<ContextType>;
  AcmeCertificate?: AcmeCertificateResolvers<ContextType>;
  AcmeChallenge?: AcmeChallengeResolvers<ContextType>;
  AdobeConnectWebinarConnection?: AdobeConnectWebinarConnectionResolvers<ContextType>;
  Aggregation?: AggregationResolvers<ContextType>;
  AggregationBucket?: AggregationBucketResolvers<ContextType>;
  AllocatedLearningPath?: AllocatedLearningPathResolvers<ContextType>;
  AllocatedLicense?: AllocatedLicenseResolvers<ContextType>;
  AppearanceSettings?: AppearanceSettingsResolvers<ContextType>;
  ArchivedContent?: ArchivedContentResolvers<ContextType>;
  ArticlePage?: ArticlePageResolvers<ContextType>;
  ArticlePageLanguage?: ArticlePageLanguageResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  AssessmentAnswer?: AssessmentAnswerResolvers<ContextType>;
  AssessmentAttempt?: AssessmentAttemptResolvers<ContextType>;
  AssessmentAttemptList?: AssessmentAttemptListResolvers<ContextType>;
  AssessmentPageEntity?: AssessmentPageEntityResolvers<ContextType>;
  AssetList?: AssetListResolvers<ContextType>;
  Assignment?: AssignmentResolvers<ContextType>;
  AssignmentPage?: AssignmentPageResolvers<ContextType>;
  AssignmentSubmission?: AssignmentSubmissionResolvers<ContextType>;
  AssignmentSubmissionList?: AssignmentSubmissionListResolvers<ContextType>;
  AudioPage?: AudioPageResolvers<ContextType>;
  AvalaraTaxSettings?: AvalaraTaxSettingsResolvers<ContextType>;
  Award?: AwardResolvers<ContextType>;
  AwardQualification?: AwardQualificationResolvers<ContextType>;
  AwardResource?: AwardResourceResolvers<ContextType>;
  AwardTotal?: AwardTotalResolvers<ContextType>;
  AwardType?: AwardTypeResolvers<ContextType>;
  AwardsList?: AwardsListResolvers<ContextType>;
  BackgroundJob?: BackgroundJobResolvers<ContextType>;
  Badge?: BadgeResolvers<ContextType>;
  BadgeImage?: BadgeImageResolvers<ContextType>;
  BadgeLeader?: BadgeLeaderResolvers<ContextType>;
  BadgeLeaderboard?: BadgeLeaderboardResolvers<ContextType>;
  Block?: BlockResolvers<ContextType>;
  Bookmark?: BookmarkResolvers<ContextType>;
  BookmarkFolder?: BookmarkFolderResolvers<ContextType>;
  BulkImportSession?: BulkImportSessionResolvers<ContextType>;
  BulkOrder?: BulkOrderResolvers<ContextType>;
  Bundle?: BundleResolvers<ContextType>;
  BundleCoupon?: BundleCouponResolvers<ContextType>;
  BundleVariation?: BundleVariationResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignEmail?: CampaignEmailResolvers<ContextType>;
  CampaignEmailTarget?: CampaignEmailTargetResolvers<ContextType>;
  CampaignResource?: CampaignResourceResolvers<ContextType>;
  CampaignUserActionOption?: CampaignUserActionOptionResolvers<ContextType>;
  CatalogCategory?: CatalogCategoryResolvers<ContextType>;
  CatalogContent?: CatalogContentResolvers<ContextType>;
  CatalogMeta?: CatalogMetaResolvers<ContextType>;
  CatalogSettings?: CatalogSettingsResolvers<ContextType>;
  CatalogSubcategory?: CatalogSubcategoryResolvers<ContextType>;
  CentralLibraryItem?: CentralLibraryItemResolvers<ContextType>;
  Certificate?: CertificateResolvers<ContextType>;
  CertificateField?: CertificateFieldResolvers<ContextType>;
  CertificateResource?: CertificateResourceResolvers<ContextType>;
  CertificateTemplate?: CertificateTemplateResolvers<ContextType>;
  CertificateTemplateLabel?: CertificateTemplateLabelResolvers<ContextType>;
  CertificateTemplateResource?: CertificateTemplateResourceResolvers<ContextType>;
  Charge?: ChargeResolvers<ContextType>;
  ChargeItem?: ChargeItemResolvers<ContextType>;
  ChargeJournalEntry?: ChargeJournalEntryResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientSubscription?: ClientSubscriptionResolvers<ContextType>;
  ClientSubscriptionInvoiceProration?: ClientSubscriptionInvoiceProrationResolvers<ContextType>;
  ClientSubscriptionInvoiceProrationLineItem?: ClientSubscriptionInvoiceProrationLineItemResolvers<ContextType>;
  ClientSubscriptionUpcomingInvoice?: ClientSubscriptionUpcomingInvoiceResolvers<ContextType>;
  ClientsList?: ClientsListResolvers<ContextType>;
  CloudConvertStatusDetails?: CloudConvertStatusDetailsResolvers<ContextType>;
  CloudflareCertificate?: CloudflareCertificateResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  Commentable?: CommentableResolvers<ContextType>;
  CommentsList?: CommentsListResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyDetails?: CompanyDetailsResolvers<ContextType>;
  CompanySecuritySettings?: CompanySecuritySettingsResolvers<ContextType>;
  CompetencyAssessment?: CompetencyAssessmentResolvers<ContextType>;
  CompetencyAssessmentList?: CompetencyAssessmentListResolvers<ContextType>;
  CompetencyAssessmentQuestion?: CompetencyAssessmentQuestionResolvers<ContextType>;
  CompetencyAssessmentResource?: CompetencyAssessmentResourceResolvers<ContextType>;
  CompetencyAssessmentResponse?: CompetencyAssessmentResponseResolvers<ContextType>;
  CompetencyAssessmentResponseQuestion?: CompetencyAssessmentResponseQuestionResolvers<ContextType>;
  Content?: ContentResolvers<ContextType>;
  ContentBody?: ContentBodyResolvers<ContextType>;
  ContentGroup?: ContentGroupResolvers<ContextType>;
  ContentItem?: ContentItemResolvers<ContextType>;
  ContentList?: ContentListResolvers<ContextType>;
  ContentReportLink?: ContentReportLinkResolvers<ContextType>;
  ContentSearchResults?: ContentSearchResultsResolvers<ContextType>;
  ContentSecurityPolicySrc?: ContentSecurityPolicySrcResolvers<ContextType>;
  ContentSubscription?: ContentSubscriptionResolvers<ContextType>;
  ContentTabs?: ContentTabsResolvers<ContextType>;
  ContentType?: ContentTypeResolvers<ContextType>;
  Coupon?: CouponResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  CourseAwardClaimingOption?: CourseAwardClaimingOptionResolvers<ContextType>;
  CourseCompletionCriteria?: CourseCompletionCriteriaResolvers<ContextType>;
  CourseCompletionCriteriaProgress?: CourseCompletionCriteriaProgressResolvers<ContextType>;
  CourseCompletionCriteriaTypeOption?: CourseCompletionCriteriaTypeOptionResolvers<ContextType>;
  CourseEnrollment?: CourseEnrollmentResolvers<ContextType>;
  CourseEnrollmentPage?: CourseEnrollmentPageResolvers<ContextType>;
  CourseGroup?: CourseGroupResolvers<ContextType>;
  CourseOrLearningPath?: CourseOrLearningPathResolvers<ContextType>;
  CourseTab?: CourseTabResolvers<ContextType>;
  CreditAccount?: CreditAccountResolvers<ContextType>;
  CreditAccountList?: CreditAccountListResolvers<ContextType>;
  CreditAction?: CreditActionResolvers<ContextType>;
  CreditActionList?: CreditActionListResolvers<ContextType>;
  CreditBatch?: CreditBatchResolvers<ContextType>;
  CreditBatchList?: CreditBatchListResolvers<ContextType>;
  CreditBatchListAPI?: CreditBatchListApiResolvers<ContextType>;
  CreditCard?: CreditCardResolvers<ContextType>;
  CredlyBadge?: CredlyBadgeResolvers<ContextType>;
  CredlyBadgeResource?: CredlyBadgeResourceResolvers<ContextType>;
  CredlySettings?: CredlySettingsResolvers<ContextType>;
  CursorPageInfo?: CursorPageInfoResolvers<ContextType>;
  CustomField?: CustomFieldResolvers<ContextType>;
  CustomLanguage?: CustomLanguageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateFormat?: DateFormatResolvers<ContextType>;
  DateRange?: DateRangeResolvers<ContextType>;
  DeactivateByEmailResult?: DeactivateByEmailResultResolvers<ContextType>;
  DisplayBundle?: DisplayBundleResolvers<ContextType>;
  DualRoleStatus?: DualRoleStatusResolvers<ContextType>;
  EarnedBadge?: EarnedBadgeResolvers<ContextType>;
  EarnedBadgeBoard?: EarnedBadgeBoardResolvers<ContextType>;
  EcommerceSettings?: EcommerceSettingsResolvers<ContextType>;
  EmailAuthorization?: EmailAuthorizationResolvers<ContextType>;
  EmailAuthorizationList?: EmailAuthorizationListResolvers<ContextType>;
  EmailLayoutSettings?: EmailLayoutSettingsResolvers<ContextType>;
  EmbedPage?: EmbedPageResolvers<ContextType>;
  EmbedPageLaunch?: EmbedPageLaunchResolvers<ContextType>;
  EmbedPageVariant?: EmbedPageVariantResolvers<ContextType>;
  EmbedPageVariantCondition?: EmbedPageVariantConditionResolvers<ContextType>;
  EmbedWidgetCourseStatus?: EmbedWidgetCourseStatusResolvers<ContextType>;
  EmbedWidgetLearningPathStatus?: EmbedWidgetLearningPathStatusResolvers<ContextType>;
  EmbedWidgetSettings?: EmbedWidgetSettingsResolvers<ContextType>;
  EnrollmentEvent?: EnrollmentEventResolvers<ContextType>;
  EventList?: EventListResolvers<ContextType>;
  EventUser?: EventUserResolvers<ContextType>;
  ExpandableList?: ExpandableListResolvers<ContextType>;
  ExpandableListItem?: ExpandableListItemResolvers<ContextType>;
  Feature?: FeatureResolvers<ContextType>;
  FlipCardPage?: FlipCardPageResolvers<ContextType>;
  FlipCards?: FlipCardsResolvers<ContextType>;
  Forum?: ForumResolvers<ContextType>;
  FoxyEcommerceAdditionalField?: FoxyEcommerceAdditionalFieldResolvers<ContextType>;
  FoxyEcommerceCountry?: FoxyEcommerceCountryResolvers<ContextType>;
  FoxyEcommerceHostedPaymentGateway?: FoxyEcommerceHostedPaymentGatewayResolvers<ContextType>;
  FoxyEcommerceHostedPaymentGatewayType?: FoxyEcommerceHostedPaymentGatewayTypeResolvers<ContextType>;
  FoxyEcommerceLanguage?: FoxyEcommerceLanguageResolvers<ContextType>;
  FoxyEcommerceLocaleCode?: FoxyEcommerceLocaleCodeResolvers<ContextType>;
  FoxyEcommercePaymentGateway?: FoxyEcommercePaymentGatewayResolvers<ContextType>;
  FoxyEcommercePaymentGatewayAdditionalFieldConfig?: FoxyEcommercePaymentGatewayAdditionalFieldConfigResolvers<ContextType>;
  FoxyEcommercePaymentGatewayFieldConfig?: FoxyEcommercePaymentGatewayFieldConfigResolvers<ContextType>;
  FoxyEcommercePaymentGatewayType?: FoxyEcommercePaymentGatewayTypeResolvers<ContextType>;
  FoxyEcommercePaymentMethodSet?: FoxyEcommercePaymentMethodSetResolvers<ContextType>;
  FoxyEcommercePaymentMethodSetList?: FoxyEcommercePaymentMethodSetListResolvers<ContextType>;
  FoxyEcommerceSettings?: FoxyEcommerceSettingsResolvers<ContextType>;
  FoxyEcommerceStore?: FoxyEcommerceStoreResolvers<ContextType>;
  FoxyEcommerceStoreDefaults?: FoxyEcommerceStoreDefaultsResolvers<ContextType>;
  FoxyEcommerceTemplateSet?: FoxyEcommerceTemplateSetResolvers<ContextType>;
  FoxyEcommerceTransactionsList?: FoxyEcommerceTransactionsListResolvers<ContextType>;
  FulfillmentCenter?: FulfillmentCenterResolvers<ContextType>;
  GeneralPage?: GeneralPageResolvers<ContextType>;
  GlobalNavigationLink?: GlobalNavigationLinkResolvers<ContextType>;
  HeliumDeploymentLog?: HeliumDeploymentLogResolvers<ContextType>;
  HeliumDeploymentLogEvent?: HeliumDeploymentLogEventResolvers<ContextType>;
  HeliumLaunchData?: HeliumLaunchDataResolvers<ContextType>;
  HexColor?: GraphQLScalarType;
  HighlightZone?: HighlightZoneResolvers<ContextType>;
  HighlightZonePage?: HighlightZonePageResolvers<ContextType>;
  IMISSettings?: ImisSettingsResolvers<ContextType>;
  ImportedRedemptionCodeGroupCodesList?: ImportedRedemptionCodeGroupCodesListResolvers<ContextType>;
  InPersonEventInfo?: InPersonEventInfoResolvers<ContextType>;
  Ingredient?: IngredientResolvers<ContextType>;
  IngredientGroup?: IngredientGroupResolvers<ContextType>;
  IngredientStep?: IngredientStepResolvers<ContextType>;
  Instructor?: InstructorResolvers<ContextType>;
  ItemPrice?: ItemPriceResolvers<ContextType>;
  ItemPriceVariation?: ItemPriceVariationResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KnowledgeCenterSettings?: KnowledgeCenterSettingsResolvers<ContextType>;
  LabAvailability?: LabAvailabilityResolvers<ContextType>;
  Language?: LanguageResolvers<ContextType>;
  Layout?: LayoutResolvers<ContextType>;
  LearnerDisplaySettings?: LearnerDisplaySettingsResolvers<ContextType>;
  LearningPath?: LearningPathResolvers<ContextType>;
  LearningPathAction?: LearningPathActionResolvers<ContextType>;
  LearningPathStatusUserAccess?: LearningPathStatusUserAccessResolvers<ContextType>;
  LearningPathTab?: LearningPathTabResolvers<ContextType>;
  LearningPathTabs?: LearningPathTabsResolvers<ContextType>;
  Lesson?: LessonResolvers<ContextType>;
  License?: LicenseResolvers<ContextType>;
  LicenseNode?: LicenseNodeResolvers<ContextType>;
  LicensesList?: LicensesListResolvers<ContextType>;
  LifecycleFieldChange?: LifecycleFieldChangeResolvers<ContextType>;
  LifecycleStepFailure?: LifecycleStepFailureResolvers<ContextType>;
  LinkedWorkbook?: LinkedWorkbookResolvers<ContextType>;
  LinkedWorkbookCategory?: LinkedWorkbookCategoryResolvers<ContextType>;
  LinkedWorkbookList?: LinkedWorkbookListResolvers<ContextType>;
  LinkedWorkbookMeta?: LinkedWorkbookMetaResolvers<ContextType>;
  ListRollPage?: ListRollPageResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  LocationsList?: LocationsListResolvers<ContextType>;
  LookerEmbed?: LookerEmbedResolvers<ContextType>;
  LookerEmbedCategory?: LookerEmbedCategoryResolvers<ContextType>;
  LookerEmbedSubcategory?: LookerEmbedSubcategoryResolvers<ContextType>;
  LookerExplore?: LookerExploreResolvers<ContextType>;
  LookerExploreCategory?: LookerExploreCategoryResolvers<ContextType>;
  LookerFolder?: LookerFolderResolvers<ContextType>;
  ManagerContentSearchResults?: ManagerContentSearchResultsResolvers<ContextType>;
  Marker?: MarkerResolvers<ContextType>;
  MatchPairPage?: MatchPairPageResolvers<ContextType>;
  MatchPairs?: MatchPairsResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingPage?: MeetingPageResolvers<ContextType>;
  MeetingsList?: MeetingsListResolvers<ContextType>;
  MicrositeBlock?: MicrositeBlockResolvers<ContextType>;
  MicrositeBlockLink?: MicrositeBlockLinkResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  MilestoneCompetencyAssessment?: MilestoneCompetencyAssessmentResolvers<ContextType>;
  MilestoneCompletionCriteria?: MilestoneCompletionCriteriaResolvers<ContextType>;
  MilestoneCourse?: MilestoneCourseResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Note?: NoteResolvers<ContextType>;
  NotebookPage?: NotebookPageResolvers<ContextType>;
  OffsetPageInfo?: OffsetPageInfoResolvers<ContextType>;
  OnboardingSurvey?: OnboardingSurveyResolvers<ContextType>;
  OnboardingSurveyQuestion?: OnboardingSurveyQuestionResolvers<ContextType>;
  OnboardingSurveyQuestionChoice?: OnboardingSurveyQuestionChoiceResolvers<ContextType>;
  OnboardingSurveyResponse?: OnboardingSurveyResponseResolvers<ContextType>;
  OnboardingSurveyResponseQuestion?: OnboardingSurveyResponseQuestionResolvers<ContextType>;
  OnboardingSurveyResponses?: OnboardingSurveyResponsesResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PDFViewerPage?: PdfViewerPageResolvers<ContextType>;
  Page?: PageResolvers<ContextType>;
  PageEntity?: PageEntityResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PageResource?: PageResourceResolvers<ContextType>;
  PaymentIntent?: PaymentIntentResolvers<ContextType>;
  PresentationPage?: PresentationPageResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProvisionLearnerResult?: ProvisionLearnerResultResolvers<ContextType>;
  PurchasedBundle?: PurchasedBundleResolvers<ContextType>;
  PurchasedCourse?: PurchasedCourseResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionCategory?: QuestionCategoryResolvers<ContextType>;
  QuestionChoice?: QuestionChoiceResolvers<ContextType>;
  QuestionPool?: QuestionPoolResolvers<ContextType>;
  QuestionTable?: QuestionTableResolvers<ContextType>;
  QuestionTableCell?: QuestionTableCellResolvers<ContextType>;
  QuizPage?: QuizPageResolvers<ContextType>;
  QuizQuestion?: QuizQuestionResolvers<ContextType>;
  RecipePage?: RecipePageResolvers<ContextType>;
  RecommendationAssessment?: RecommendationAssessmentResolvers<ContextType>;
  RecommendationAssessmentQuestion?: RecommendationAssessmentQuestionResolvers<ContextType>;
  RecommendationAssessmentResponse?: RecommendationAssessmentResponseResolvers<ContextType>;
  RecommendationAssessmentResponseQuestion?: RecommendationAssessmentResponseQuestionResolvers<ContextType>;
  RedeemedRegistrationRedemptionResult?: RedeemedRegistrationRedemptionResultResolvers<ContextType>;
  RedemptionCode?: RedemptionCodeResolvers<ContextType>;
  RedemptionCodeGroup?: RedemptionCodeGroupResolvers<ContextType>;
  RedemptionCodeGroupList?: RedemptionCodeGroupListResolvers<ContextType>;
  RefundCharge?: RefundChargeResolvers<ContextType>;
  RegistrationCode?: RegistrationCodeResolvers<ContextType>;
  RegistrationCodeList?: RegistrationCodeListResolvers<ContextType>;
  RelativeURL?: GraphQLScalarType;
  Resource?: ResourceResolvers<ContextType>;
  Ribbon?: RibbonResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RootLayout?: RootLayoutResolvers<ContextType>;
  RssItem?: RssItemResolvers<ContextType>;
  RusticiCourseLaunchResponse?: RusticiCourseLaunchResponseResolvers<ContextType>;
  RusticiImportJobStatus?: RusticiImportJobStatusResolvers<ContextType>;
  RusticiLaunch?: RusticiLaunchResolvers<ContextType>;
  RusticiRegistration?: RusticiRegistrationResolvers<ContextType>;
  RusticiRegistrationList?: RusticiRegistrationListResolvers<ContextType>;
  SSOAttributeMapping?: SsoAttributeMappingResolvers<ContextType>;
  SSOSettings?: SsoSettingsResolvers<ContextType>;
  SalesforceAgreement?: SalesforceAgreementResolvers<ContextType>;
  SalesforceConnection?: SalesforceConnectionResolvers<ContextType>;
  SalesforceContact?: SalesforceContactResolvers<ContextType>;
  SalesforceInstanceSettings?: SalesforceInstanceSettingsResolvers<ContextType>;
  SalesforcePackageVersion?: SalesforcePackageVersionResolvers<ContextType>;
  SalesforceProvisionResult?: SalesforceProvisionResultResolvers<ContextType>;
  ScormAttempt?: ScormAttemptResolvers<ContextType>;
  ScormInteraction?: ScormInteractionResolvers<ContextType>;
  ScormLaunchDetail?: ScormLaunchDetailResolvers<ContextType>;
  ScormPage?: ScormPageResolvers<ContextType>;
  SeatPackage?: SeatPackageResolvers<ContextType>;
  SeatTier?: SeatTierResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  ShippingMethod?: ShippingMethodResolvers<ContextType>;
  ShippingRate?: ShippingRateResolvers<ContextType>;
  ShippingRateList?: ShippingRateListResolvers<ContextType>;
  Slides?: SlidesResolvers<ContextType>;
  SlideshowPage?: SlideshowPageResolvers<ContextType>;
  Slug?: GraphQLScalarType;
  Snippet?: SnippetResolvers<ContextType>;
  SortInfo?: SortInfoResolvers<ContextType>;
  StripeAccount?: StripeAccountResolvers<ContextType>;
  Sublicense?: SublicenseResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SuperQuiz?: SuperQuizResolvers<ContextType>;
  SurveyPage?: SurveyPageResolvers<ContextType>;
  SyncProfileResult?: SyncProfileResultResolvers<ContextType>;
  Tab?: TabResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  TallyPage?: TallyPageResolvers<ContextType>;
  TallyPageScoreTier?: TallyPageScoreTierResolvers<ContextType>;
  TaxCategory?: TaxCategoryResolvers<ContextType>;
  TermsAndConditions?: TermsAndConditionsResolvers<ContextType>;
  TestPage?: TestPageResolvers<ContextType>;
  Testimonial?: TestimonialResolvers<ContextType>;
  TextPage?: TextPageResolvers<ContextType>;
  TextPageSidebar?: TextPageSidebarResolvers<ContextType>;
  Thread?: ThreadResolvers<ContextType>;
  ThreadsList?: ThreadsListResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TopicGroup?: TopicGroupResolvers<ContextType>;
  TopicGroupCategory?: TopicGroupCategoryResolvers<ContextType>;
  TopicGroupFile?: TopicGroupFileResolvers<ContextType>;
  TopicGroupSubcategory?: TopicGroupSubcategoryResolvers<ContextType>;
  TopicGroupTopic?: TopicGroupTopicResolvers<ContextType>;
  TopicSearchAutocompleteResult?: TopicSearchAutocompleteResultResolvers<ContextType>;
  TopicSearchAutocompleteResultCategory?: TopicSearchAutocompleteResultCategoryResolvers<ContextType>;
  TopicSearchResult?: TopicSearchResultResolvers<ContextType>;
  TopicSearchResultList?: TopicSearchResultListResolvers<ContextType>;
  Transcript?: TranscriptResolvers<ContextType>;
  Translation?: TranslationResolvers<ContextType>;
  TranslationsList?: TranslationsListResolvers<ContextType>;
  URL?: GraphQLScalarType;
  UUID?: GraphQLScalarType;
  User?: UserResolvers<ContextType>;
  UserAccount?: UserAccountResolvers<ContextType>;
  UserAccountPage?: UserAccountPageResolvers<ContextType>;
  UserAttendedMeeting?: UserAttendedMeetingResolvers<ContextType>;
  UserAwardCount?: UserAwardCountResolvers<ContextType>;
  UserCustomField?: UserCustomFieldResolvers<ContextType>;
  UserEmbedWidget?: UserEmbedWidgetResolvers<ContextType>;
  UserEvent?: UserEventResolvers<ContextType>;
  UserProgress?: UserProgressResolvers<ContextType>;
  UserPurchase?: UserPurchaseResolvers<ContextType>;
  UserPurchaseRefund?: UserPurchaseRefundResolvers<ContextType>;
  UserRecommendedSlug?: UserRecommendedSlugResolvers<ContextType>;
  UserRecommendedTag?: UserRecommendedTagResolvers<ContextType>;
  UserRef?: UserRefResolvers<ContextType>;
  UsersList?: UsersListResolvers<ContextType>;
  ValidateRedemptionCodeResult?: ValidateRedemptionCodeResultResolvers<ContextType>;
  ValidateRegistrationCodeResult?: ValidateRegistrationCodeResultResolvers<ContextType>;
  VideoPage?: VideoPageResolvers<ContextType>;
  Waitlist?: WaitlistResolvers<ContextType>;
  WaitlistedCourse?: WaitlistedCourseResolvers<ContextType>;
  WebexLab?: WebexLabResolvers<ContextType>;
  WebexWebinarConnection?: WebexWebinarConnectionResolvers<ContextType>;
  WebinarBlock?: WebinarBlockResolvers<ContextType>;
  WebinarDate?: WebinarDateResolvers<ContextType>;
  WebinarRecording?: WebinarRecordingResolvers<ContextType>;
  WorkatoAuthSettings?: WorkatoAuthSettingsResolvers<ContextType>;
  WorkatoCompanySettings?: WorkatoCompanySettingsResolvers<ContextType>;
  WorkatoCustomerAccount?: WorkatoCustomerAccountResolvers<ContextType>;
  WorkbookPage?: WorkbookPageResolvers<ContextType>;
  ZendeskContent?: ZendeskContentResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GatewayContext> = {
  authAccess?: AuthAccessDirectiveResolver<any, any, ContextType>;
  complexity?: ComplexityDirectiveResolver<any, any, ContextType>;
  defer?: DeferDirectiveResolver<any, any, ContextType>;
  doc?: DocDirectiveResolver<any, any, ContextType>;
  stream?: StreamDirectiveResolver<any, any, ContextType>;
};
