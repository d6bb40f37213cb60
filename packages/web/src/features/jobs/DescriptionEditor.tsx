import '@mantine/tiptap/styles.css';
import { Input } from '@mantine/core';
import { Link, RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange: (html: string) => void;
  error?: string;
}

/**
 * The formatting a job description may have, and no more: paragraphs, two heading levels, emphasis, lists,
 * quotes and links. The API sanitizes to the same set, so what is typed here is what candidates read.
 */
export function DescriptionEditor({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [3, 4] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        link: false,
      }),
      Link.configure({ openOnClick: false, protocols: ['mailto'] }),
    ],
    content: value,
    immediatelyRender: true,
    // ProseMirror's editable area is a bare div: this names it for screen readers, like the other fields.
    editorProps: {
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': t('jobs.form.description') },
    },
    onUpdate: ({ editor }) => onChange(editor.isEmpty ? '' : editor.getHTML()),
  });
  const labels = {
    boldControlLabel: t('jobs.editor.bold'),
    italicControlLabel: t('jobs.editor.italic'),
    underlineControlLabel: t('jobs.editor.underline'),
    h3ControlLabel: t('jobs.editor.heading'),
    h4ControlLabel: t('jobs.editor.subheading'),
    bulletListControlLabel: t('jobs.editor.bulletList'),
    orderedListControlLabel: t('jobs.editor.orderedList'),
    blockquoteControlLabel: t('jobs.editor.blockquote'),
    linkControlLabel: t('jobs.editor.link'),
    unlinkControlLabel: t('jobs.editor.unlink'),
    linkEditorInputLabel: t('jobs.editor.link'),
    linkEditorInputPlaceholder: t('jobs.editor.linkPlaceholder'),
    linkEditorSave: t('jobs.editor.linkSave'),
  };
  return (
    <Input.Wrapper label={t('jobs.form.description')} description={t('jobs.form.descriptionHint')} error={error}>
      <RichTextEditor editor={editor} labels={labels} mt={4}>
        <RichTextEditor.Toolbar>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H3 />
            <RichTextEditor.H4 />
            <RichTextEditor.Blockquote />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content mih={200} />
      </RichTextEditor>
    </Input.Wrapper>
  );
}
