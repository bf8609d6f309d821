// What other features use of photos (issue 11): the picker for forms, the strip for records.
export { PhotoPicker, type PhotoPickerProps } from './components/photo-picker';
export { PhotoStrip } from './components/photo-strip';
export { MAX_PHOTOS, type PhotoRef } from './lib/photo-upload';
