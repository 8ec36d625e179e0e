import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo-client.ts';
import { SignedIn } from './account/SignedIn.tsx';
import { setupI18n } from './i18n/index.ts';
import { parseView } from './view/url-state.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/search.css';
import './styles/canvas.css';
import './styles/explorer.css';
import './styles/details.css';
import './styles/introductions.css';
import './styles/pages.css';
import './styles/account.css';
import './styles/views.css';
import './styles/phone.css';

setupI18n(parseView(window.location.search).language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <SignedIn />
    </ApolloProvider>
  </StrictMode>,
);
