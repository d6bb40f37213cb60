import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../../../test/render';
import { MediaUploadButton } from './MediaUploadButton';

/** The area the member settles on in the cropper, in pixels of the image as shown. */
const CHOSEN = { x: 120, y: 40, width: 480, height: 480 };

// jsdom lays nothing out, so the cropper stands in for the library: it shows the image with the zoom it was
// given and, like react-easy-crop when the member stops moving the frame, reports the area kept.
jest.mock('react-easy-crop', () => ({
  __esModule: true,
  default: function FakeCropper(props: {
    image: string;
    zoom: number;
    aspect: number;
    mediaProps: { alt: string };
    onCropComplete: (area: unknown, pixels: typeof CHOSEN) => void;
  }) {
    const { image, zoom, aspect, mediaProps, onCropComplete } = props;
    return (
      <>
        <img src={image} alt={mediaProps.alt} data-zoom={zoom} data-aspect={aspect} />
        <button type="button" onClick={() => onCropComplete({}, { ...CHOSEN, height: CHOSEN.width / aspect })}>
          Move the frame
        </button>
      </>
    );
  },
}));

const fetchMock = jest.fn();

beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock;
  URL.createObjectURL = jest.fn(() => 'blob:preview');
  URL.revokeObjectURL = jest.fn();
});

function fileInput(): HTMLInputElement {
  return document.querySelector('input[type="file"]')!;
}

const answer = (body: unknown, status = 200) => ({ status, json: async () => body });

describe('MediaUploadButton', () => {
  it('refuses a file of another type before sending, in the reader’s language', async () => {
    renderPage(<MediaUploadButton kind="PHOTO" label="Changer la photo" onUploaded={() => {}} />, { language: 'fr' });
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(fileInput(), new File(['<svg/>'], 'moi.jpg', { type: 'image/svg+xml' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce type de fichier n’est pas accepté. Formats acceptés : JPEG, PNG, WebP.',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the area chosen in the cropper, in pixels of the image, with a square frame for photos', async () => {
    fetchMock.mockResolvedValueOnce(answer({ photo: { width: 400, height: 400 }, userErrors: [] }));
    const onUploaded = jest.fn();
    renderPage(<MediaUploadButton kind="PHOTO" label="Changer la photo" onUploaded={onUploaded} />, { language: 'fr' });
    const user = userEvent.setup();
    await user.upload(fileInput(), new File([new Uint8Array([0xff, 0xd8, 0xff])], 'moi.jpg', { type: 'image/jpeg' }));

    const image = await screen.findByRole('img', { name: 'Aperçu de l’image choisie' });
    expect(image).toHaveAttribute('data-aspect', '1');
    const zoom = screen.getByRole('slider', { name: 'Zoom' });
    act(() => zoom.focus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(image).toHaveAttribute('data-zoom', '1.1');
    await user.click(screen.getByRole('button', { name: 'Move the frame' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(onUploaded).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/uploads/photo');
    const form = init.body as FormData;
    expect(['x', 'y', 'width', 'height'].map((field) => form.get(field))).toEqual(['120', '40', '480', '480']);
  });

  it('frames covers as a 4:1 band', async () => {
    fetchMock.mockResolvedValueOnce(answer({ coverImage: { width: 1584, height: 396 }, userErrors: [] }));
    renderPage(<MediaUploadButton kind="COVER" label="Change cover image" onUploaded={() => {}} />);
    const user = userEvent.setup();
    await user.upload(fileInput(), new File([new Uint8Array([0x89, 0x50])], 'cover.png', { type: 'image/png' }));
    expect(await screen.findByRole('img', { name: 'Preview of the chosen image' })).toHaveAttribute('data-aspect', '4');
    await user.click(screen.getByRole('button', { name: 'Move the frame' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/uploads/cover');
    expect((init.body as FormData).get('height')).toBe('120');
  });

  it('shows the image, sends it with the language, and shows what the server refuses', async () => {
    fetchMock.mockResolvedValueOnce(
      answer(
        {
          photo: null,
          userErrors: [
            { field: 'file', code: 'IMAGE_TOO_SMALL', message: 'This image is too small: at least 200 × 200 pixels.' },
          ],
        },
        422,
      ),
    );
    const onUploaded = jest.fn();
    renderPage(<MediaUploadButton kind="PHOTO" label="Change photo" onUploaded={onUploaded} />);
    const user = userEvent.setup();
    const photo = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'me.png', { type: 'image/png' });
    await user.upload(fileInput(), photo);
    expect(await screen.findByRole('img', { name: 'Preview of the chosen image' })).toHaveAttribute(
      'src',
      'blob:preview',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This image is too small: at least 200 × 200 pixels.');
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/uploads/photo');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', headers: { 'accept-language': 'en' } });
    expect((init.body as FormData).get('file')).toBe(photo);
    expect(onUploaded).not.toHaveBeenCalled();

    fetchMock.mockResolvedValueOnce(answer({ photo: { width: 400, height: 400 }, userErrors: [] }));
    await user.upload(fileInput(), photo);
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onUploaded).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
