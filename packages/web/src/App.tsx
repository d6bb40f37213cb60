import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { useViewer } from './features/auth/useViewer';
import { AppLayout } from './features/shell/AppLayout';
import { PageLoader } from './features/shell/PageLoader';
import { PublicLayout } from './features/shell/PublicLayout';
import { AnonymousOnly, RequireAuth } from './features/shell/RequireAuth';

const sections = () => import('./features/sections/SectionPage');
const HomePage = lazy(() => sections().then((m) => ({ default: m.HomePage })));
const NetworkPage = lazy(() => import('./features/network/NetworkPage'));
const JobSearchPage = lazy(() => import('./features/job-search/JobSearchPage'));
const SavedJobsPage = lazy(() => import('./features/job-search/SavedJobsPage'));
const JobAlertsPage = lazy(() => import('./features/job-search/JobAlertsPage'));
const GroupsPage = lazy(() => sections().then((m) => ({ default: m.GroupsPage })));
const MessagesPage = lazy(() => sections().then((m) => ({ default: m.MessagesPage })));
const NotificationsPage = lazy(() => sections().then((m) => ({ default: m.NotificationsPage })));
const LandingPage = lazy(() => import('./features/shell/LandingPage'));
const SignInPage = lazy(() => import('./features/auth/SignInPage'));
const SignUpPage = lazy(() => import('./features/auth/SignUpPage'));
const SettingsPage = lazy(() => import('./features/settings/SettingsPage'));
const TokensPage = lazy(() => import('./features/settings/TokensPage'));
const NotFoundPage = lazy(() => import('./features/not-found/NotFoundPage'));
const ProfilePage = lazy(() => import('./features/profile/ProfilePage'));
const PrivacyPage = lazy(() => import('./features/profile/PrivacyPage'));
const ProfileViewsPage = lazy(() => import('./features/profile-views/ProfileViewsPage'));
const MyApplicationsPage = lazy(() => import('./features/applications/MyApplicationsPage'));
const ApplicantsPage = lazy(() => import('./features/applications/ApplicantsPage'));
const CandidatesPage = lazy(() => import('./features/applications/CandidatesPage'));
const CompanyPage = lazy(() => import('./features/companies/CompanyPage'));
const CreateCompanyPage = lazy(() => import('./features/companies/CreateCompanyPage'));
const MyCompaniesPage = lazy(() => import('./features/companies/MyCompaniesPage'));
const JobPage = lazy(() => import('./features/jobs/JobPage'));
const JobFormPage = lazy(() => import('./features/jobs/JobFormPage'));
const RecruiterDashboardPage = lazy(() => import('./features/jobs/RecruiterDashboardPage'));

/** Home is the member's feed inside the app, or the landing page for a visitor. */
function Home() {
  const { viewer } = useViewer();
  return viewer ? <HomePage /> : <LandingPage />;
}

export function App() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route element={<AnonymousOnly />}>
          <Route path="/signin" element={<SignInPage />} />
          <Route path="/signup" element={<SignUpPage />} />
        </Route>
        <Route element={<ShellForViewer />}>
          <Route index element={<Home />} />
          <Route path="/in/:handle" element={<ProfilePage />} />
          <Route path="/company/:slug" element={<CompanyPage />} />
          <Route path="/jobs" element={<JobSearchPage />} />
          <Route path="/jobs/:id" element={<JobPage />} />
        </Route>
        <Route element={<RequireAuth />}>
          <Route element={<AppLayout />}>
            <Route path="/network" element={<NetworkPage />} />
            <Route path="/jobs/saved" element={<SavedJobsPage />} />
            <Route path="/jobs/alerts" element={<JobAlertsPage />} />
            <Route path="/groups" element={<GroupsPage />} />
            <Route path="/messages" element={<MessagesPage />} />
            <Route path="/notifications" element={<NotificationsPage />} />
            <Route path="/settings" element={<SettingsPage />} />
            <Route path="/settings/tokens" element={<TokensPage />} />
            <Route path="/settings/privacy" element={<PrivacyPage />} />
            <Route path="/profile-views" element={<ProfileViewsPage />} />
            <Route path="/applications" element={<MyApplicationsPage />} />
            <Route path="/jobs/:id/applicants" element={<ApplicantsPage />} />
            <Route path="/recruiter/candidates" element={<CandidatesPage />} />
            <Route path="/companies" element={<MyCompaniesPage />} />
            <Route path="/companies/new" element={<CreateCompanyPage />} />
            <Route path="/jobs/new" element={<JobFormPage />} />
            <Route path="/jobs/:id/edit" element={<JobFormPage />} />
            <Route path="/recruiter" element={<RecruiterDashboardPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}

/** Pages open to visitors: inside the app's shell for members, with a sign-in bar for visitors. */
function ShellForViewer() {
  const { viewer, loading } = useViewer();
  if (loading) return <PageLoader />;
  return viewer ? <AppLayout /> : <PublicLayout />;
}
