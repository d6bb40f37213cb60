import DataLoader from 'dataloader';
import type { CredentialService } from './credentials.service';

export function createCredentialLoaders(credentials: CredentialService) {
  return {
    languagesByMember: new DataLoader((memberIds: readonly string[]) => credentials.languagesOf(memberIds)),
    certificationsByMember: new DataLoader((memberIds: readonly string[]) => credentials.certificationsOf(memberIds)),
    linksByMember: new DataLoader((memberIds: readonly string[]) => credentials.linksOf(memberIds)),
  };
}
