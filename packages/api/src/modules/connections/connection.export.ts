import type { ExportSection } from '../privacy/export.registry';

/** The member's connections, named as anyone may see them (name and handle), newest first. */
export const connectionsExport: ExportSection = {
  name: 'connections',
  tables: ['connection'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT m.first_name AS "firstName", m.last_name AS "lastName", m.handle::text AS handle,
              c.created_at AS "connectedAt"
       FROM connection c JOIN member m ON m.id = c.peer_id
       WHERE c.member_id = $1 ORDER BY c.created_at DESC, c.peer_id DESC`,
      [memberId],
    ),
};

/** Invitations the member sent or received, whatever became of them. */
export const invitationsExport: ExportSection = {
  name: 'invitations',
  tables: ['invitation'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT CASE WHEN i.sender_id = $1 THEN 'sent' ELSE 'received' END AS direction,
              m.first_name AS "firstName", m.last_name AS "lastName", m.handle::text AS handle,
              i.how_known AS "howKnown", i.note, i.state, i.created_at AS "createdAt",
              i.responded_at AS "respondedAt"
       FROM invitation i
       JOIN member m ON m.id = CASE WHEN i.sender_id = $1 THEN i.recipient_id ELSE i.sender_id END
       WHERE i.sender_id = $1 OR i.recipient_id = $1
       ORDER BY i.created_at DESC, i.id DESC`,
      [memberId],
    ),
};

/** Members this member blocked, follows, or dismissed from their suggestions: what they did, not what others did. */
export const graphChoicesExport: ExportSection = {
  name: 'networkChoices',
  tables: ['member_block', 'follow', 'suggestion_dismissal'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT choice, m.first_name AS "firstName", m.last_name AS "lastName", m.handle::text AS handle,
              made.created_at AS "createdAt"
       FROM (SELECT 'blocked' AS choice, blocked_id AS other_id, created_at FROM member_block WHERE member_id = $1
             UNION ALL
             SELECT 'follows', followed_id, created_at FROM follow WHERE member_id = $1
             UNION ALL
             SELECT 'dismissedSuggestion', dismissed_id, created_at FROM suggestion_dismissal WHERE member_id = $1) made
       JOIN member m ON m.id = made.other_id
       ORDER BY choice, made.created_at DESC`,
      [memberId],
    ),
};

/** Introductions the member asked for, was asked to forward, or received, as that party sees them. */
export const introductionsExport: ExportSection = {
  name: 'introductions',
  tables: ['introduction'],
  collect: (manager, memberId) =>
    manager.query(
      `SELECT CASE $1::bigint WHEN n.requester_id THEN 'requested' WHEN n.intermediary_id THEN 'toForward'
                ELSE 'received' END AS role,
              r.handle::text AS "requesterHandle", i.handle::text AS "intermediaryHandle",
              t.handle::text AS "targetHandle",
              CASE WHEN n.target_id = $1 THEN NULL ELSE n.message_to_intermediary END AS "messageToIntermediary",
              n.message_to_target AS "messageToTarget", n.note, n.state, n.created_at AS "createdAt",
              n.responded_at AS "respondedAt"
       FROM introduction n
       JOIN member r ON r.id = n.requester_id
       JOIN member i ON i.id = n.intermediary_id
       JOIN member t ON t.id = n.target_id
       WHERE n.requester_id = $1 OR n.intermediary_id = $1 OR (n.target_id = $1 AND n.state = 'FORWARDED')
       ORDER BY n.created_at DESC, n.id DESC`,
      [memberId],
    ),
};
