import { photoAttachAccess, photoReadAccess, photoUploadAccess } from './photo-access.rules';

const uploader = { accountId: 'a-uploader' };
const other = { accountId: 'a-other' };
const hazard = { type: 'HAZARD', id: 'h-1' };

describe('photoReadAccess: who may read a photo (PRV-1)', () => {
  it('PRV-1: an unattached photo is read by its uploader only', () => {
    const photo = { uploadedBy: uploader.accountId, attachedTo: null };
    expect(photoReadAccess(uploader, photo)).toEqual({ decision: 'UPLOADER', ruleId: 'PRV-1' });
    expect(photoReadAccess(other, photo)).toEqual({ decision: 'DENIED', ruleId: 'PRV-1' });
  });

  it('PRV-1: an attached photo defers to its subject’s policy, for the uploader as for anyone', () => {
    const photo = { uploadedBy: uploader.accountId, attachedTo: hazard };
    const defer = { decision: 'SUBJECT', subject: hazard, ruleId: 'PRV-1' };
    expect(photoReadAccess(uploader, photo)).toEqual(defer);
    expect(photoReadAccess(other, photo)).toEqual(defer);
  });
});

describe('photoAttachAccess: which photos a command may attach (PRV-1)', () => {
  it('PRV-1: the actor’s own unattached upload may be attached', () => {
    expect(photoAttachAccess(uploader, { uploadedBy: uploader.accountId, attachedTo: null })).toEqual({
      allowed: true,
      ruleId: 'PRV-1',
    });
  });

  it('PRV-1: another person’s photo, or one already attached, may not', () => {
    expect(photoAttachAccess(other, { uploadedBy: uploader.accountId, attachedTo: null }).allowed).toBe(
      false,
    );
    expect(photoAttachAccess(uploader, { uploadedBy: uploader.accountId, attachedTo: hazard }).allowed).toBe(
      false,
    );
  });
});

describe('photoUploadAccess: who may upload photos (PRV-1, ORG-3)', () => {
  it('PRV-1: everyone who records prevention work may upload', () => {
    for (const role of ['TEACHER', 'STAFF', 'HEAD', 'SECTION_MEMBER', 'LEADER'] as const) {
      expect(photoUploadAccess({ role })).toEqual({ allowed: true, ruleId: 'PRV-1' });
    }
  });

  it('ORG-3: the administrator records no prevention facts and uploads nothing', () => {
    expect(photoUploadAccess({ role: 'ADMIN' })).toEqual({ allowed: false, ruleId: 'ORG-3' });
  });
});
